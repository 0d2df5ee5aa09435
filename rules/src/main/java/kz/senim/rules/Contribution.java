package kz.senim.rules;

import java.util.List;

/** What one visible scored question added: points from the chosen options, and its maximum. */
public record Contribution(String questionId, List<String> optionIds, int impact, int maxImpact,
                           int mitigation, int maxMitigation) {
}
