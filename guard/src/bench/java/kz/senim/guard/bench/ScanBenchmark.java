package kz.senim.guard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import kz.senim.guard.Finding;
import kz.senim.guard.LeakGuard;
import kz.senim.guard.eval.NameCorpora;
import kz.senim.guard.eval.SharedData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of a full scan with all built-in detectors over ~1 MB of mixed Kazakh/Russian/English text with
 * sparse personal data, and over real news text. MB/s = utf8Bytes / (seconds per op); utf8Bytes is printed at setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScanBenchmark {

    private static final String[] SENTENCES = {
        "Қазақстан Республикасының Үкіметі жаңа бағдарламаны бекітті, ол өңірлердің дамуына бағытталған.",
        "Министрлік өкілдерінің айтуынша, биыл жолдарды жөндеуге қосымша қаражат бөлінеді.",
        "В Алматы прошло совещание по вопросам цифровизации государственных услуг и развития инфраструктуры.",
        "Эксперты отмечают, что спрос на кредиты в регионах вырос на двенадцать процентов за квартал.",
        "The committee reviewed the quarterly report and approved the budget for the next fiscal year.",
        "Please summarise the attached contract and list the obligations of both parties in plain language.",
        "Жиналысқа Асқар Мамин мен Ерлан Қарин қатысып, баяндама жасады.",
        "Директор Иван Петрович Сидоров подписал приказ № 15 от 3 марта 2024 года.",
        "Клиент указал ИИН 870412300218 и телефон +7 701 123 45 67 в заявлении.",
        "Write to a.seitkali@mail.kz or call 8 (727) 250-10-20 before Friday.",
        "Шот нөмірі KZ86125KZT5004100100, төлем 15 000 теңге.",
        "Сумма сделки составила 2 500 000 тенге, срок исполнения 30 дней.",
    };

    /**
     * synthetic: the sentences above, shuffled (~1 MB). news: the FactRuEval and KazNERD texts from ../shared/data
     * one after the other (~1 MB of real Russian and Kazakh news, far more distinct words and names).
     */
    @Param({"synthetic", "news"})
    public String corpus;

    private LeakGuard guard;
    private String text;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        guard = LeakGuard.defaults();
        text = corpus.equals("news") ? news() : corpus(1 << 20);
        System.out.println(corpus + " utf8Bytes=" + text.getBytes(StandardCharsets.UTF_8).length + " chars="
                + text.length());
    }

    static String news() throws IOException {
        StringBuilder b = new StringBuilder();
        for (var d : NameCorpora.factRuEval(SharedData.data("factrueval/devset"))) {
            b.append(d.text()).append("\n\n");
        }
        for (var d : NameCorpora.kazNerd(SharedData.data("kaznerd/IOB2_test.txt"))) {
            b.append(d.text()).append('\n');
        }
        return b.toString();
    }

    static String corpus(int targetChars) {
        Random rnd = new Random(42);
        StringBuilder b = new StringBuilder(targetChars + 256);
        while (b.length() < targetChars) {
            b.append(SENTENCES[rnd.nextInt(SENTENCES.length)]).append(rnd.nextInt(6) == 0 ? "\n" : " ");
        }
        return b.toString();
    }

    @Benchmark
    public List<Finding> scanAllBuiltIns() {
        return guard.scan(text);
    }
}
