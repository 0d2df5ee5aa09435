package kz.senim.rules;

/**
 * A direct rule grounded in Art. 17(1): when it holds, the risk class is at least {@code riskClass},
 * whatever the score says (risk is judged by the consequences of disruption or termination).
 */
public record RiskRule(String id, RiskClass riskClass, Condition when, Text text, Source source) {
}
