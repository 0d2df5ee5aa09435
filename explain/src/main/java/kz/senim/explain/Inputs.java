package kz.senim.explain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A person's feature values, keyed by feature id. Immutable; {@link #with} returns a changed copy. */
public final class Inputs {

    private final Map<String, Value> values;

    private Inputs(Map<String, Value> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Inputs of(Map<String, Value> values) {
        return new Inputs(new LinkedHashMap<>(values));
    }

    public static Inputs empty() {
        return new Inputs(new LinkedHashMap<>());
    }

    public Inputs num(String featureId, String number) {
        return with(featureId, Value.of(number));
    }

    public Inputs num(String featureId, BigDecimal number) {
        return with(featureId, Value.of(number));
    }

    public Inputs cat(String featureId, String code) {
        return with(featureId, Value.category(code));
    }

    public Inputs with(String featureId, Value value) {
        Map<String, Value> copy = new LinkedHashMap<>(values);
        copy.put(featureId, value);
        return new Inputs(copy);
    }

    public Value get(String featureId) {
        return values.get(featureId);
    }

    public Map<String, Value> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
