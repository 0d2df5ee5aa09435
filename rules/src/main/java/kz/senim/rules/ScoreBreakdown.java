package kz.senim.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * The whole score computation, so users can see (and check) every number: a defect of Canada's AIA
 * to avoid was thresholds users cannot see.
 */
public record ScoreBreakdown(
        String formula,
        String computation,
        List<Contribution> contributions,
        int rawImpact,
        int maxRawImpact,
        int mitigation,
        int maxMitigation,
        int mitigationThresholdPercent,
        int reductionPercent,
        boolean reductionApplied,
        BigDecimal adjustedImpact,
        BigDecimal percentOfMax,
        int mediumThresholdPercent,
        int highThresholdPercent,
        BigDecimal mediumThresholdPoints,
        BigDecimal highThresholdPoints,
        RiskClass scoreClass) {
}
