package kz.senim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offline classification from an answers file with the shipped pack: class, obligations with sources, reasons. */
class ClassifyCommandTest {

    @TempDir
    Path dir;

    static final String CHATBOT = """
            {"answers": {
              "s_manipulation": false, "s_vulnerability": false, "s_social_scoring": false, "s_emotion": "no",
              "s_personal_data": "no", "s_discrimination": false, "s_prohibited_content": false,
              "p_purpose": "Answers customer questions about delivery", "p_sector": "private",
              "p_critical_ict": false, "p_state_resources": false, "p_restricted_data": false,
              "p_interacts": true, "p_channels": ["website"], "p_synthetic": false, "p_decisions": "none",
              "i_disruption": "inconvenience", "i_reversibility": "easy", "i_scale": "under_100k",
              "i_vulnerable": false, "i_opacity": "opaque",
              "m_human_review": false, "m_audit": false, "m_logging": false, "m_explanations": false,
              "m_error_analysis": false, "m_fallback": false, "a_mode": "advisory", "a_self_learning": false
            }}""";

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        var o = new ByteArrayOutputStream();
        var e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = SenimCli.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void aChatbotIsMinimalAndMustAnnounceItself() throws Exception {
        Path answers = dir.resolve("answers.json");
        Files.writeString(answers, CHATBOT);
        Run r = run("classify", "--answers", answers.toString(), "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("risk class: MINIMAL").contains("[Art. 21]").contains("SCORE_CLASS");
    }

    @Test
    void wrongAnswersAreListedAndTheExitCodeSaysSo() throws Exception {
        Path answers = dir.resolve("answers.json");
        Files.writeString(answers, CHATBOT.replace("\"p_sector\": \"private\"", "\"p_sector\": \"pirates\""));
        Run r = run("classify", "--answers", answers.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("answer p_sector: UNKNOWN_OPTION [pirates]");
    }

    @Test
    void aBrokenPackIsRefusedWithItsProblems() throws Exception {
        Path answers = dir.resolve("answers.json");
        Files.writeString(answers, CHATBOT);
        Path pack = dir.resolve("pack.yaml");
        String yaml = new String(kz.senim.rules.RulePacks.class.getResourceAsStream(kz.senim.rules.RulePacks.BUNDLED).readAllBytes(),
                StandardCharsets.UTF_8);
        Files.writeString(pack, yaml.replaceFirst("question: p_interacts", "question: p_missing"));
        Run r = run("classify", "--answers", answers.toString(), "--pack", pack.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("UNKNOWN_QUESTION");
    }
}
