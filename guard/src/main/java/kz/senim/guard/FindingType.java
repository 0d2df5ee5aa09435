package kz.senim.guard;

/** Kinds of sensitive data the guard reports. */
public enum FindingType {
    /** Kazakhstan individual identification number (ЖСН / ИИН). */
    IIN,
    /** Kazakhstan business identification number (БСН / БИН). */
    BIN,
    /** Kazakhstan IBAN (KZ..). */
    IBAN,
    PAYMENT_CARD,
    PHONE,
    EMAIL,
    /** Kazakhstan identity card number (жеке куәлік / удостоверение личности). */
    ID_CARD,
    PASSPORT,
    VEHICLE_PLATE,
    /** Russian taxpayer number (ИНН), 10 or 12 digits. */
    RU_INN,
    /** Russian insurance account number (СНИЛС). */
    RU_SNILS,
    PERSON_NAME,
    /** Restricted-distribution or secrecy marking (ДСП, ҚБП, "Секретно" stamps...). */
    RESTRICTED_MARKING,
    /** A term from an organisation's confidential dictionary. */
    CONFIDENTIAL_TERM,
    /** A match of an organisation-defined pattern. */
    CUSTOM_PATTERN
}
