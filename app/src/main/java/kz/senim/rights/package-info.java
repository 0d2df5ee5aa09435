/**
 * The citizens' rights desk (Art. 16 of Law No. 230-VIII): a person finds the decisions about them with a
 * system-level and case-level explanation and the data used, and makes requests (explanation, data access,
 * refusal of AI interaction, appeal) that are tracked against the operator's deadlines; appeals go to a human
 * reviewer who took no part in the decision; decisions of systems that require it wait for a human sign-off.
 * Builds on the register (classes, obligations) and the decision ledger (entries, receipts).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citizens' rights desk")
package kz.senim.rights;
