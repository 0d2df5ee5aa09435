package kz.senim.rules;

import java.util.Set;

/**
 * What a condition can look at. In the classifier every fact is known; in the reachability search
 * some are not yet decided ({@link #UNKNOWN} answers, UNKNOWN flags, several possible classes).
 */
interface Facts {

    /** Marker for an answer not decided yet (distinct from null, which means unanswered or hidden). */
    Object UNKNOWN = new Object() {
        @Override
        public String toString() {
            return "UNKNOWN";
        }
    };

    /** The normalized answer value, null when unanswered or hidden, or {@link #UNKNOWN}. */
    Object answer(String questionId);

    Tri flag(String flagId);

    /** The risk classes still possible (one when known). */
    Set<RiskClass> risk();

    /** The autonomy classes still possible (one when known). */
    Set<AutonomyClass> autonomy();
}
