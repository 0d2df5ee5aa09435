package kz.senim.guard;

import static kz.senim.guard.GuardAssertions.EMOJI;
import static kz.senim.guard.GuardAssertions.assertFoundAt;
import static kz.senim.guard.GuardAssertions.assertNone;
import static kz.senim.guard.GuardAssertions.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameDetectorTest {

    @Test
    void russianFullNameInOblique_case() {
        assertFoundAt("Вчера мы встретили Ивана Петровича Сидорова у входа.", FindingType.PERSON_NAME,
                "Ивана Петровича Сидорова");
        assertFoundAt(EMOJI + "письмо для Анны Кузнецовой", FindingType.PERSON_NAME, "Анны Кузнецовой");
    }

    @Test
    void kazakhNamesWithCaseEndingsAndPatronymics() {
        assertFoundAt("Біз Нұрсұлтан Назарбаевпен кездестік.", FindingType.PERSON_NAME, "Нұрсұлтан Назарбаевпен");
        assertFoundAt("Хатты Тоқаевқа жолдады.", FindingType.PERSON_NAME, "Тоқаевқа");
        assertFoundAt("Жиында Бірлік Берікұлы сөйледі.", FindingType.PERSON_NAME, "Бірлік Берікұлы");
        assertFoundAt("Ұстаз Айгүл Сәрсенқызы келді.", FindingType.PERSON_NAME, "Айгүл Сәрсенқызы");
        assertFoundAt("Президент Қасым-Жомарт Тоқаев мәлімдеді.", FindingType.PERSON_NAME, "Қасым-Жомарт Тоқаев");
    }

    @Test
    void initials() {
        assertFoundAt("Приказ подписал А. Б. Сейткали.", FindingType.PERSON_NAME, "А. Б. Сейткали");
        assertFoundAt(EMOJI + "Исполнитель: Сейткали А.Б.", FindingType.PERSON_NAME, "Сейткали А.Б.");
    }

    @Test
    void placesTitlesAndCommonWordsAreNotNames() {
        assertNone("Алматы — крупнейший город.", FindingType.PERSON_NAME);
        assertNone("Астанада жиналыс өтті.", FindingType.PERSON_NAME);
        assertNone("Роза цветёт в саду, и эта роза красная.", FindingType.PERSON_NAME);
        assertNone("Министерство юстиции Республики Казахстан сообщило.", FindingType.PERSON_NAME);
        assertNone("Ол үйге келді.", FindingType.PERSON_NAME);
        assertNone("КНБ и МВД провели проверку.", FindingType.PERSON_NAME);
    }

    @Test
    void unlistedForeignNamesMidSentenceAndTheirOtherMentions() {
        String text = "Вчера министр Масахару Коно прибыл в Москву. Коно провёл переговоры, Коно улетел.";
        assertThat(found(text, FindingType.PERSON_NAME)).containsExactly("Масахару Коно", "Коно", "Коно");
        // other case forms of the surname count too
        assertThat(found("Судья выслушал Джареда Лофнера. Лофнеру предъявлено обвинение.", FindingType.PERSON_NAME))
                .containsExactly("Джареда Лофнера", "Лофнеру");
    }

    @Test
    void capitalisedAdjectivesNounsAndQuotedNamesAreNotForeignNames() {
        assertNone("Делегация посетила Южную Осетию вчера.", FindingType.PERSON_NAME);
        assertNone("Решение принял Председатель Правительства вчера.", FindingType.PERSON_NAME);
        assertNone("Біз Ресей Федерациясы туралы айттық.", FindingType.PERSON_NAME);
        assertNone("Доклад агентства «Эс-энд-Пи Глобал Рейтингс» вышел.", FindingType.PERSON_NAME);
        // a word seen only in a place name is not spread to other sentences
        assertNone("Вчера в Южной Осетии прошли выборы. Осетии нужна помощь.", FindingType.PERSON_NAME);
    }

    @Test
    void organisationOrCountryBeforeAFullNameIsNotPartOfIt() {
        assertThat(found("По словам главы Минюстаха Игоря Петрова, реформа идёт.", FindingType.PERSON_NAME))
                .containsExactly("Игоря Петрова");
        assertThat(found("Вчера фотограф Ройтерс Тайм Анна Смирнова уехала.", FindingType.PERSON_NAME))
                .containsExactly("Анна Смирнова");
        // "Surname Name Patronymic": the surname stays part of the name even when the list does not know it
        assertFoundAt("Заявление подал Тлеукабыл Айбек Маратович.", FindingType.PERSON_NAME,
                "Тлеукабыл Айбек Маратович");
    }

    @Test
    void nameInsideEmailIsLeftToTheEmailDetector() {
        assertThat(found("Write to ivan@mail.kz", FindingType.EMAIL)).containsExactly("ivan@mail.kz");
    }
}
