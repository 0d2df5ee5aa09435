/**
 * Classification of AI systems under Law No. 230-VIII: the rule packs in force (the law as versioned
 * data, uploaded and validated without a deploy), the questionnaire, results with visible scoring,
 * what-if, and the impact of a new pack version on existing classifications.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Classification")
package kz.senim.classification;
