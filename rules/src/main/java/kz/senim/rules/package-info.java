/**
 * The rule-pack engine for classifying AI systems under Kazakhstan's Law No. 230-VIII "On Artificial
 * Intelligence". A {@link kz.senim.rules.RulePack} is versioned data (YAML) holding the questionnaire,
 * the prohibited-practice screen, flags, the scored impact section, direct Art. 17(1) risk rules,
 * Art. 17(2) autonomy rules and obligations. {@link kz.senim.rules.PackValidator} checks a pack before
 * use; {@link kz.senim.rules.Classifier} turns answers into a {@link kz.senim.rules.Classification};
 * {@link kz.senim.rules.WhatIf} and {@link kz.senim.rules.PackDiff} compare results. Plain Java, no Spring.
 */
package kz.senim.rules;
