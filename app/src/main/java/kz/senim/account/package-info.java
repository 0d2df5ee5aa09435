/**
 * Organizations, accounts, roles and API tokens: who a caller is, which organization they act for,
 * and what they may do. Every other feature asks {@link kz.senim.account.CurrentUser} before it acts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package kz.senim.account;
