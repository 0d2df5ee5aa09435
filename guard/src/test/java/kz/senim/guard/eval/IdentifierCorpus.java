package kz.senim.guard.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kz.senim.guard.Checksums;
import kz.senim.guard.FindingType;

/**
 * Generates labelled sentences (Kazakh, Russian, English) holding identifiers with valid check digits (gold
 * spans), the same identifiers with a broken check digit (no gold span: detecting them is a false positive),
 * and distractor numbers of similar lengths.
 */
public final class IdentifierCorpus {

    /** A sentence and its gold spans. */
    public record Sample(String text, List<Gold> gold) {
    }

    public record Gold(FindingType type, int start, int end) {
    }

    private static final String[][] TEMPLATES = {
        // {context-word} is replaced by a type-specific label, {X} by the identifier
        {"Менің {L} {X}, тексеріп беріңізші.", "Клиенттің {L}: {X} — өтінішке қоса беріледі.",
            "{L} {X} бойынша анықтама керек.", "Осы {L} {X} дұрыс па?"},
        {"Мой {L} {X}, проверьте, пожалуйста.", "Клиент указал {L}: {X} в заявлении.",
            "Прошу дать справку по {L} {X}.", "В договоре стоит {L} {X} — это верно?"},
        {"My {L} is {X}, please check it.", "The client wrote {L}: {X} in the form.",
            "Please look up {L} {X} for me.", "Is {L} {X} correct?"}};

    private static final String[][] LABELS = {
        {"ЖСН", "ИИН", "IIN"}, {"БСН", "БИН", "BIN"}, {"шот", "счёт", "account"}, {"карта", "карта", "card"},
        {"телефон", "телефон", "phone"}, {"пошта", "почта", "e-mail"}, {"жеке куәлік", "удостоверение", "ID card"},
        {"паспорт", "паспорт", "passport"}, {"көлік нөмірі", "госномер", "plate"}, {"ИНН", "ИНН", "INN"},
        {"СНИЛС", "СНИЛС", "SNILS"}};

    private static final FindingType[] TYPES = {FindingType.IIN, FindingType.BIN, FindingType.IBAN,
        FindingType.PAYMENT_CARD, FindingType.PHONE, FindingType.EMAIL, FindingType.ID_CARD, FindingType.PASSPORT,
        FindingType.VEHICLE_PLATE, FindingType.RU_INN, FindingType.RU_SNILS};

    private final Random rnd;

    public IdentifierCorpus(long seed) {
        this.rnd = new Random(seed);
    }

    public List<Sample> generate(int perType) {
        List<Sample> out = new ArrayList<>();
        for (int ti = 0; ti < TYPES.length; ti++) {
            for (int i = 0; i < perType; i++) {
                boolean valid = i % 2 == 0 || !hasCheck(TYPES[ti]);
                String id = make(TYPES[ti], valid);
                out.add(embed(ti, id, valid ? TYPES[ti] : null));
            }
        }
        // distractors: order numbers, amounts, dates and codes that no detector should report
        for (int i = 0; i < perType * 2; i++) {
            int len = 9 + rnd.nextInt(11);
            String num = digits(len);
            String[] forms = {"Заказ № " + num + " отправлен.", "Тапсырыс нөмірі " + num + " тіркелді.",
                "Order " + num + " shipped on 12.03.2024.", "Сумма " + num.substring(0, 3) + " 000 тенге.",
                "Код товара " + num + "-" + digits(2) + ".", "Reference " + num + "." + digits(3)};
            out.add(new Sample(forms[rnd.nextInt(forms.length)], List.of()));
        }
        return out;
    }

    private static boolean hasCheck(FindingType t) {
        return switch (t) {
            case IIN, BIN, IBAN, PAYMENT_CARD, RU_INN, RU_SNILS, VEHICLE_PLATE -> true;
            default -> false;
        };
    }

    private Sample embed(int ti, String id, FindingType goldType) {
        int lang = rnd.nextInt(3);
        String[] forms = TEMPLATES[lang];
        String tpl = forms[rnd.nextInt(forms.length)];
        String label = LABELS[ti][lang];
        String text = tpl.replace("{L}", label);
        if (rnd.nextInt(8) == 0) {
            text = "😀 " + text; // non-BMP chars before the identifier
        }
        int at = text.indexOf("{X}");
        text = text.replace("{X}", id);
        List<Gold> gold = goldType == null ? List.of() : List.of(new Gold(goldType, at, at + id.length()));
        return new Sample(text, gold);
    }

    private String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + rnd.nextInt(10)));
        }
        return b.toString();
    }

    String make(FindingType type, boolean valid) {
        return switch (type) {
            case IIN -> kzId(true, valid);
            case BIN -> kzId(false, valid);
            case IBAN -> iban(valid);
            case PAYMENT_CARD -> card(valid);
            case PHONE -> phone();
            case EMAIL -> email();
            case ID_CARD -> "0" + digits(8);
            case PASSPORT -> "N" + digits(8);
            case VEHICLE_PLATE -> plate(valid);
            case RU_INN -> inn(valid);
            case RU_SNILS -> snils(valid);
            default -> throw new IllegalArgumentException(type.name());
        };
    }

    private String kzId(boolean person, boolean valid) {
        while (true) {
            String p;
            if (person) {
                int year = 1930 + rnd.nextInt(94);
                int month = 1 + rnd.nextInt(12);
                int day = 1 + rnd.nextInt(28);
                int century = year < 2000 ? 3 : 5;
                p = String.format("%02d%02d%02d%d%s", year % 100, month, day, century + rnd.nextInt(2), digits(4));
            } else {
                p = String.format("%02d%02d%d%d%s", rnd.nextInt(25), 1 + rnd.nextInt(12), 4 + rnd.nextInt(3),
                        rnd.nextInt(4), digits(5));
            }
            int c = Checksums.kzControlDigit(p, 0);
            if (c < 0) {
                continue;
            }
            return p + (valid ? c : (c + 1 + rnd.nextInt(9)) % 10);
        }
    }

    private String iban(boolean valid) {
        StringBuilder bban = new StringBuilder(digits(3));
        String alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (int i = 0; i < 13; i++) {
            bban.append(i < 3 && rnd.nextBoolean() ? alnum.charAt(10 + rnd.nextInt(26)) : (char) ('0' + rnd.nextInt(10)));
        }
        int check = 0;
        for (int k = 0; k < 100; k++) {
            String cand = String.format("KZ%02d%s", k, bban);
            if (Checksums.ibanValid(cand)) {
                check = k;
                break;
            }
        }
        if (!valid) {
            check = (check + 1 + rnd.nextInt(9)) % 100;
        }
        String iban = String.format("KZ%02d%s", check, bban);
        if (rnd.nextBoolean()) {
            iban = iban.replaceAll("(.{4})(?!$)", "$1 ");
        }
        return iban;
    }

    private String card(boolean valid) {
        String[] prefixes = {"4", "51", "53", "55", "2200", "2202", "2204", "62", "34", "37"};
        String p = prefixes[rnd.nextInt(prefixes.length)];
        int len = p.startsWith("3") ? 15 : 16;
        String body = p + digits(len - 1 - p.length());
        int check = 0;
        for (int k = 0; k < 10; k++) {
            if (Checksums.luhn(body + k)) {
                check = k;
            }
        }
        String num = body + (valid ? check : (check + 1 + rnd.nextInt(9)) % 10);
        return switch (rnd.nextInt(3)) {
            case 0 -> num;
            case 1 -> len == 16 ? num.replaceAll("(.{4})(?!$)", "$1 ") : num.substring(0, 4) + " " + num.substring(4, 10)
                    + " " + num.substring(10);
            default -> len == 16 ? num.replaceAll("(.{4})(?!$)", "$1-") : num;
        };
    }

    private String phone() {
        String[] codes = {"701", "702", "705", "707", "747", "771", "775", "777", "727", "717", "916", "903", "495",
            "812", "383"};
        String code = codes[rnd.nextInt(codes.length)];
        String rest = digits(7);
        return switch (rnd.nextInt(6)) {
            case 0 -> "+7 " + code + " " + rest.substring(0, 3) + " " + rest.substring(3, 5) + " " + rest.substring(5);
            case 1 -> "+7 (" + code + ") " + rest.substring(0, 3) + "-" + rest.substring(3, 5) + "-" + rest.substring(5);
            case 2 -> "8 " + code + " " + rest.substring(0, 3) + " " + rest.substring(3);
            case 3 -> "+7" + code + rest;
            case 4 -> "8(" + code + ")" + rest;
            default -> "8-" + code + "-" + rest.substring(0, 3) + "-" + rest.substring(3, 5) + "-" + rest.substring(5);
        };
    }

    private String email() {
        String[] users = {"aidos.n", "ivan_petrov", "a.seitkali", "info", "marat+work", "zh.akhmetova"};
        String[] domains = {"mail.kz", "gov.kz", "gmail.com", "yandex.ru", "kaspi.kz", "example.org"};
        return users[rnd.nextInt(users.length)] + rnd.nextInt(100) + "@" + domains[rnd.nextInt(domains.length)];
    }

    private String plate(boolean valid) {
        String letters = "ABCEHKMOPTXYZ";
        StringBuilder s = new StringBuilder(digits(3));
        String series = "" + letters.charAt(rnd.nextInt(letters.length())) + letters.charAt(rnd.nextInt(letters.length()))
                + letters.charAt(rnd.nextInt(letters.length()));
        int region = valid ? 1 + rnd.nextInt(20) : 21 + rnd.nextInt(79);
        String r = String.format("%02d", region);
        return rnd.nextBoolean() ? s + series + r : s + " " + series + " " + r;
    }

    private String inn(boolean valid) {
        while (true) {
            String s = rnd.nextBoolean() ? digits(10) : digits(12);
            if (s.charAt(0) == '0') {
                continue;
            }
            if (Checksums.innValid(s) == valid) {
                return s;
            }
        }
    }

    private String snils(boolean valid) {
        while (true) {
            String s = "1" + digits(10);
            if (Checksums.snilsValid(s) == valid) {
                return rnd.nextBoolean() ? s : s.substring(0, 3) + "-" + s.substring(3, 6) + "-" + s.substring(6, 9) + " "
                        + s.substring(9);
            }
        }
    }
}
