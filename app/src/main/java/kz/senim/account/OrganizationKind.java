package kz.senim.account;

public enum OrganizationKind {
    STATE_BODY,
    COMPANY,
    REGULATOR,
    AUDIT_FIRM,
    CIVIL_SOCIETY
}
