package kz.senim.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * A condition over answers, flags and classes. Exactly one kind per node:
 * <ul>
 *   <li>{@code all} / {@code any} / {@code not}: combinators;</li>
 *   <li>{@code question} with one operator: {@code is} (boolean or single-choice option id),
 *       {@code anyOf} / {@code allOf} (option ids), {@code answered}, {@code atLeast} and/or {@code atMost}
 *       (numbers);</li>
 *   <li>{@code flag}: a derived flag is set;</li>
 *   <li>{@code riskClass} / {@code autonomyClass}: the class is one of the listed ones.</li>
 * </ul>
 * An unanswered or hidden question makes every question atom false.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Condition(
        List<Condition> all,
        List<Condition> any,
        Condition not,
        String question,
        Object is,
        List<String> anyOf,
        List<String> allOf,
        Boolean answered,
        Double atLeast,
        Double atMost,
        String flag,
        List<RiskClass> riskClass,
        List<AutonomyClass> autonomyClass) {

    public Condition {
        all = copy(all);
        any = copy(any);
        anyOf = copy(anyOf);
        allOf = copy(allOf);
        riskClass = copy(riskClass);
        autonomyClass = copy(autonomyClass);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    public static Condition all(Condition... parts) {
        return new Condition(List.of(parts), null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static Condition any(Condition... parts) {
        return new Condition(null, List.of(parts), null, null, null, null, null, null, null, null, null, null, null);
    }

    public static Condition not(Condition part) {
        return new Condition(null, null, part, null, null, null, null, null, null, null, null, null, null);
    }

    public static Condition is(String question, Object value) {
        return new Condition(null, null, null, question, value, null, null, null, null, null, null, null, null);
    }

    public static Condition anyOf(String question, String... options) {
        return new Condition(null, null, null, question, null, List.of(options), null, null, null, null, null, null, null);
    }

    public static Condition atLeast(String question, double value) {
        return new Condition(null, null, null, question, null, null, null, null, value, null, null, null, null);
    }

    public static Condition flag(String flag) {
        return new Condition(null, null, null, null, null, null, null, null, null, null, flag, null, null);
    }

    public static Condition risk(RiskClass... classes) {
        return new Condition(null, null, null, null, null, null, null, null, null, null, null, List.of(classes), null);
    }

    public static Condition autonomy(AutonomyClass... classes) {
        return new Condition(null, null, null, null, null, null, null, null, null, null, null, null, List.of(classes));
    }

    /** The kinds present in this node; a well-formed node has exactly one. */
    public List<String> kinds() {
        List<String> kinds = new ArrayList<>();
        if (all != null) kinds.add("all");
        if (any != null) kinds.add("any");
        if (not != null) kinds.add("not");
        if (question != null || is != null || anyOf != null || allOf != null || answered != null
                || atLeast != null || atMost != null) kinds.add("question");
        if (flag != null) kinds.add("flag");
        if (riskClass != null) kinds.add("riskClass");
        if (autonomyClass != null) kinds.add("autonomyClass");
        return kinds;
    }

    /** The operators given on a question atom; a well-formed atom has one (atLeast+atMost count as one). */
    public List<String> operators() {
        List<String> ops = new ArrayList<>();
        if (is != null) ops.add("is");
        if (anyOf != null) ops.add("anyOf");
        if (allOf != null) ops.add("allOf");
        if (answered != null) ops.add("answered");
        if (atLeast != null || atMost != null) ops.add("range");
        return ops;
    }

    /** Direct children of a combinator (empty for atoms). */
    public List<Condition> children() {
        List<Condition> children = new ArrayList<>();
        if (all != null) children.addAll(all);
        if (any != null) children.addAll(any);
        if (not != null) children.add(not);
        return children;
    }
}
