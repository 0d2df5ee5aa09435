package kz.senim.guard;

import static kz.senim.guard.GuardAssertions.EMOJI;
import static kz.senim.guard.GuardAssertions.assertFoundAt;
import static kz.senim.guard.GuardAssertions.assertNone;
import static kz.senim.guard.GuardAssertions.breakLast;
import static kz.senim.guard.GuardAssertions.kzId;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierDetectorsTest {

    private static final String IIN = "870412300218";
    private static final String BIN = "040340004149";

    @Test
    void iinFoundWithOffsets() {
        assertFoundAt("Менің ЖСН: " + IIN + ", рахмет", FindingType.IIN, IIN);
        assertFoundAt("ИИН " + IIN, FindingType.IIN, IIN);
        assertFoundAt(EMOJI + "IIN " + IIN + ".", FindingType.IIN, IIN);
        String leap = kzId("00022950012"); // 29 Feb 2000, a leap year
        assertFoundAt("born " + leap, FindingType.IIN, leap);
    }

    @Test
    void iinRejectsBadChecksumDateCenturyAndBoundaries() {
        assertNone("ИИН " + breakLast(IIN), FindingType.IIN);
        assertNone("ИИН 870230300218", FindingType.IIN); // 30 February
        assertNone("ИИН " + kzId("01022950012"), FindingType.IIN); // 29 Feb 2001
        assertNone("ИИН " + kzId("87041270021"), FindingType.IIN); // century digit 7
        assertNone("ИИН " + kzId("87041200021"), FindingType.IIN); // century digit 0 (not accepted)
        assertNone("счёт 1" + IIN, FindingType.IIN);
        assertNone("счёт " + IIN + "5", FindingType.IIN);
        assertNone("code AB" + IIN, FindingType.IIN);
        assertNone("1234-" + IIN, FindingType.IIN);
    }

    @Test
    void bin() {
        assertFoundAt("БИН " + BIN + " ТОО", FindingType.BIN, BIN);
        assertFoundAt(EMOJI + BIN, FindingType.BIN, BIN);
        assertNone("БИН " + breakLast(BIN), FindingType.BIN);
        assertNone("БИН " + kzId("04137000414"), FindingType.BIN); // month 13
        assertNone("БИН " + kzId("04033000414"), FindingType.BIN); // type digit 3
        assertNone("БИН " + kzId("04034700414"), FindingType.BIN); // attribute 7
        assertNone("БИН 9" + BIN, FindingType.BIN);
    }

    @Test
    void iban() {
        assertFoundAt("IBAN KZ86125KZT5004100100 в банке", FindingType.IBAN, "KZ86125KZT5004100100");
        assertFoundAt(EMOJI + "шот: KZ86 125K ZT50 0410 0100.", FindingType.IBAN, "KZ86 125K ZT50 0410 0100");
        assertFoundAt("KZ18722S000012345678", FindingType.IBAN, "KZ18722S000012345678");
        assertNone("KZ87125KZT5004100100", FindingType.IBAN);
        assertNone("KZ86125KZT50041001001", FindingType.IBAN);
        assertNone("XKZ86125KZT5004100100", FindingType.IBAN);
        assertNone("KZ86 125KZT50 0410 0100", FindingType.IBAN);
    }

    @Test
    void cards() {
        assertFoundAt("карта 4111 1111 1111 1111 до 12/27", FindingType.PAYMENT_CARD, "4111 1111 1111 1111");
        assertFoundAt("card 4111-1111-1111-1111", FindingType.PAYMENT_CARD, "4111-1111-1111-1111");
        assertFoundAt(EMOJI + "Мир 2200700123456781", FindingType.PAYMENT_CARD, "2200700123456781");
        assertFoundAt("Amex 3782 822463 10005 ok", FindingType.PAYMENT_CARD, "3782 822463 10005");
        assertNone("карта 4111 1111 1111 1112", FindingType.PAYMENT_CARD);
        assertNone("номер 1111111111111117", FindingType.PAYMENT_CARD); // Luhn-valid, unknown prefix
        assertNone("номер 94111111111111111", FindingType.PAYMENT_CARD);
        assertNone("x4111111111111111", FindingType.PAYMENT_CARD);
    }

    @Test
    void phones() {
        assertFoundAt("Тел.: +7 701 123 45 67, звоните", FindingType.PHONE, "+7 701 123 45 67");
        assertFoundAt("тел 8 (727) 250-10-20", FindingType.PHONE, "8 (727) 250-10-20");
        assertFoundAt(EMOJI + "+77011234567", FindingType.PHONE, "+77011234567");
        assertFoundAt("нөмірім 87011234567", FindingType.PHONE, "87011234567");
        assertFoundAt("call +7-916-123-45-67 now", FindingType.PHONE, "+7-916-123-45-67");
        assertFoundAt("Москва: +7 (495) 123-45-67", FindingType.PHONE, "+7 (495) 123-45-67");
        assertFoundAt("моб. (701) 123-45-67", FindingType.PHONE, "(701) 123-45-67");
        assertFoundAt("7 6xx: +7 600 123 4567", FindingType.PHONE, "+7 600 123 4567");
        assertNone("счёт 1287011234567", FindingType.PHONE);
        assertNone("id 870112345678", FindingType.PHONE);
        assertNone("+7 701 123 45 67 89", FindingType.PHONE);
        assertNone("+1 701 123 45 67", FindingType.PHONE);
        assertNone("8 марта 2024", FindingType.PHONE);
        assertNone("итого 80 000 000 000 тенге", FindingType.PHONE);
    }

    @Test
    void email() {
        assertFoundAt("пишите на ivan.petrov+kz@mail.gov.kz.", FindingType.EMAIL, "ivan.petrov+kz@mail.gov.kz");
        assertFoundAt(EMOJI + "a_b@почта.рф", FindingType.EMAIL, "a_b@почта.рф");
        assertNone("user@localhost", FindingType.EMAIL);
        assertNone("@handle in chat", FindingType.EMAIL);
        assertNone("x@y.1", FindingType.EMAIL);
    }

    @Test
    void idCardAndPassportNeedContext() {
        assertFoundAt("удостоверение личности № 012345678 выдано МВД", FindingType.ID_CARD, "012345678");
        assertFoundAt(EMOJI + "жеке куәлік нөмірі 045678912", FindingType.ID_CARD, "045678912");
        assertFoundAt("ID card: 034567891", FindingType.ID_CARD, "034567891");
        assertNone("заказ № 012345678 отправлен", FindingType.ID_CARD);
        assertNone("удостоверение 0123456789", FindingType.ID_CARD);
        assertFoundAt("паспорт N12345678 от 2020 г.", FindingType.PASSPORT, "N12345678");
        assertFoundAt(EMOJI + "Passport No. N09876543", FindingType.PASSPORT, "N09876543");
        assertNone("артикул N12345678", FindingType.PASSPORT);
        assertNone("паспорт N123456789", FindingType.PASSPORT);
    }

    @Test
    void plates() {
        assertFoundAt("машина 123ABC02 стоит", FindingType.VEHICLE_PLATE, "123ABC02");
        assertFoundAt(EMOJI + "номер 777 AAA 01.", FindingType.VEHICLE_PLATE, "777 AAA 01");
        assertFoundAt("гос.номер 456КМ17", FindingType.VEHICLE_PLATE, "456КМ17");
        assertNone("машина 123ABC21", FindingType.VEHICLE_PLATE);
        assertNone("машина 123ABC00", FindingType.VEHICLE_PLATE);
        assertNone("цена 100 USD 02", FindingType.VEHICLE_PLATE);
        assertNone("код 1123ABC02", FindingType.VEHICLE_PLATE);
        assertNone("код 123ABCD02", FindingType.VEHICLE_PLATE);
    }

    @Test
    void russianInnAndSnils() {
        assertFoundAt("ИНН 7707083893, КПП", FindingType.RU_INN, "7707083893");
        assertFoundAt(EMOJI + "ИНН: 500100732259", FindingType.RU_INN, "500100732259");
        assertNone("ИНН 7707083894", FindingType.RU_INN);
        assertNone("заказ 7707083893", FindingType.RU_INN); // 10 digits need context
        assertFoundAt("СНИЛС 112-233-445 95", FindingType.RU_SNILS, "112-233-445 95");
        assertFoundAt(EMOJI + "снилс: 11223344595", FindingType.RU_SNILS, "11223344595");
        assertNone("СНИЛС 112-233-445 96", FindingType.RU_SNILS);
        assertNone("номер 11223344595", FindingType.RU_SNILS);
        assertNone("1-112-233-445 95", FindingType.RU_SNILS);
    }

    @Test
    void iinWinsOverRussianInnWhenBothValid() {
        // search a 12-digit number that is both a valid IIN and a valid 12-digit INN
        String both = null;
        for (int i = 0; i < 200000 && both == null; i++) {
            String p = String.format("8504123%04d", i);
            int c = Checksums.kzControlDigit(p, 0);
            if (c >= 0 && Checksums.innValid(p + c)) {
                both = p + c;
            }
        }
        assertThat(both).isNotNull();
        assertThat(GuardAssertions.GUARD.scan("номер " + both)).singleElement()
                .extracting(Finding::type).isEqualTo(FindingType.IIN);
    }
}
