package kz.senim.guard;

import static kz.senim.guard.GuardAssertions.EMOJI;
import static kz.senim.guard.GuardAssertions.assertFoundAt;
import static kz.senim.guard.GuardAssertions.assertNone;

import org.junit.jupiter.api.Test;

class MarkingDetectorTest {

    @Test
    void restrictedUsePhrasesAnywhere() {
        assertFoundAt("Документ «Для служебного пользования» не подлежит передаче.",
                FindingType.RESTRICTED_MARKING, "Для служебного пользования");
        assertFoundAt(EMOJI + "Құжат қызмет бабында пайдалану үшін берілді", FindingType.RESTRICTED_MARKING,
                "қызмет бабында пайдалану үшін");
        assertFoundAt("Marked FOR OFFICIAL USE ONLY.", FindingType.RESTRICTED_MARKING, "FOR OFFICIAL USE ONLY");
    }

    @Test
    void abbreviationsAndGradesOnlyInMarkingPosition() {
        assertFoundAt("ДСП\nПриказ № 12", FindingType.RESTRICTED_MARKING, "ДСП");
        assertFoundAt("Экз. 2\n  ҚБП  \nБұйрық", FindingType.RESTRICTED_MARKING, "ҚБП");
        assertFoundAt("Совершенно секретно\nЭкз. № 1", FindingType.RESTRICTED_MARKING, "Совершенно секретно");
        assertFoundAt(EMOJI + "документ с грифом «Секретно» передан", FindingType.RESTRICTED_MARKING, "Секретно");
        assertFoundAt("Бұл құжатта ӨТЕ ҚҰПИЯ мәліметтер", FindingType.RESTRICTED_MARKING, "ӨТЕ ҚҰПИЯ");
        assertFoundAt("Аса маңызды\nМемлекеттік құпия", FindingType.RESTRICTED_MARKING, "Аса маңызды");
        assertNone("Шкаф из ДСП и МДФ стоит в углу.", FindingType.RESTRICTED_MARKING);
        assertNone("Он секретно сообщил мне новость.", FindingType.RESTRICTED_MARKING);
        assertNone("Бұл құпия емес, бәрі біледі.", FindingType.RESTRICTED_MARKING);
        assertNone("дело особой важности для всех нас", FindingType.RESTRICTED_MARKING);
    }
}
