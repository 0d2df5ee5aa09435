package kz.senim.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds answer maps for tests. */
final class AnswerSet {

    private final Map<String, Answer> answers = new LinkedHashMap<>();

    static AnswerSet answers() {
        return new AnswerSet();
    }

    /** All screen questions answered "no": the system is not prohibited. */
    static AnswerSet cleanScreen() {
        return answers().no("s_manipulation").no("s_vulnerability").no("s_social_scoring").pick("s_emotion", "no")
                .pick("s_personal_data", "no").no("s_discrimination").no("s_prohibited_content");
    }

    AnswerSet yes(String q) {
        return put(q, Answer.yes());
    }

    AnswerSet no(String q) {
        return put(q, Answer.no());
    }

    AnswerSet pick(String q, String option) {
        return put(q, Answer.choice(option));
    }

    AnswerSet picks(String q, String... options) {
        return put(q, Answer.choices(options));
    }

    /** A "yes" with proof attached, as mitigation answers need. */
    AnswerSet proven(String q, String evidence) {
        return put(q, Answer.yes().withEvidence(evidence));
    }

    AnswerSet put(String q, Answer a) {
        answers.put(q, a);
        return this;
    }

    AnswerSet remove(String q) {
        answers.remove(q);
        return this;
    }

    Map<String, Answer> map() {
        return new LinkedHashMap<>(answers);
    }
}
