package kz.senim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** "senim scan" on real text, PDF and DOCX files, standard input, and bad input. */
class ScanCommandTest {

    static final String IIN = "870412300218";

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
        List<JsonNode> lines() {
            return out.lines().map(ApiClient.JSON::readTree).toList();
        }
    }

    private Run run(byte[] stdin, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        var o = new ByteArrayOutputStream();
        var e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        System.setIn(new ByteArrayInputStream(stdin));
        try {
            int code = SenimCli.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
    }

    private Run run(String... args) {
        return run(new byte[0], args);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void textFileFindingsAsJsonLinesWithoutTheValues() throws Exception {
        String text = "Клиент Иван Петрович Сидоров, ИИН " + IIN + ", тел. +7 701 123 45 67.";
        Path f = write("letter.txt", text);
        Run r = run("scan", f.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ScanCommand.FOUND);
        List<JsonNode> lines = r.lines();
        assertThat(lines).extracting(l -> l.get("type").asString())
                .containsExactly("PERSON_NAME", "IIN", "PHONE");
        JsonNode iin = lines.get(1);
        assertThat(iin.get("file").asString()).isEqualTo(f.toString());
        assertThat(iin.get("start").asInt()).isEqualTo(text.indexOf(IIN));
        assertThat(iin.get("end").asInt()).isEqualTo(text.indexOf(IIN) + IIN.length());
        assertThat(iin.get("detector").asString()).isEqualTo("iin");
        assertThat(iin.get("confidence").asDouble()).isGreaterThan(0.9);
        assertThat(r.out()).doesNotContain(IIN).doesNotContain("Сидоров").doesNotContain("value");
    }

    @Test
    void cleanTextExitsZeroAndValuesOnlyOnRequest() throws Exception {
        assertThat(run("scan", write("clean.txt", "Жиналыс сағат онда басталады.").toString()).code())
                .isEqualTo(ScanCommand.NOTHING_FOUND);
        Run r = run(("ИИН " + IIN).getBytes(StandardCharsets.UTF_8), "scan", "--show-values");
        assertThat(r.code()).isEqualTo(ScanCommand.FOUND);
        assertThat(r.lines()).singleElement().satisfies(l -> {
            assertThat(l.get("file").asString()).isEqualTo("-");
            assertThat(l.get("value").asString()).isEqualTo(IIN);
        });
    }

    @Test
    void pdfTextIsScanned() throws Exception {
        Path pdf = dir.resolve("statement.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Customer IIN " + IIN + ", e-mail a.seitkali@mail.kz");
                cs.endText();
            }
            doc.save(pdf.toFile());
        }
        Run r = run("scan", "--show-values", pdf.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ScanCommand.FOUND);
        assertThat(r.lines()).extracting(l -> l.get("type").asString() + "=" + l.get("value").asString())
                .containsExactly("IIN=" + IIN, "EMAIL=a.seitkali@mail.kz");
    }

    @Test
    void pdfWithCyrillicText() throws Exception {
        // a committed fixture (Cyrillic needs an embedded font); made by CyrillicPdfFixture in this directory
        Path pdf = dir.resolve("kk.pdf");
        try (InputStream in = getClass().getResourceAsStream("cyrillic.pdf")) {
            Files.copy(in, pdf);
        }
        Run r = run("scan", "--show-values", pdf.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ScanCommand.FOUND);
        assertThat(r.lines()).extracting(l -> l.get("type").asString() + "=" + l.get("value").asString())
                .contains("PERSON_NAME=Асқар Мамин", "IIN=" + IIN, "RESTRICTED_MARKING=Для служебного пользования");
    }

    @Test
    void docxBodyTablesAndHeadersAreScanned() throws Exception {
        Path docx = dir.resolve("order.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            new XWPFHeaderFooterPolicy(doc).createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph()
                    .createRun().setText("Для служебного пользования");
            doc.createParagraph().createRun().setText("Бұйрыққа Асқар Мамин қол қойды.");
            var table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("ЖСН");
            table.getRow(0).getCell(1).setText(IIN);
            try (OutputStream out = Files.newOutputStream(docx)) {
                doc.write(out);
            }
        }
        Run r = run("scan", "--show-values", docx.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ScanCommand.FOUND);
        assertThat(r.lines()).extracting(l -> l.get("type").asString() + "=" + l.get("value").asString())
                .containsExactlyInAnyOrder("PERSON_NAME=Асқар Мамин", "IIN=" + IIN,
                        "RESTRICTED_MARKING=Для служебного пользования");
    }

    @Test
    void termsAndPatterns() throws Exception {
        Path terms = write("acme.txt", "# code names\nProject Falcon\n\nСұңқар\n");
        Path f = write("plan.txt", "Жоба Сұңқар: келісім ДОГ-1234/22 бойынша.");
        Run r = run("scan", "--terms", terms.toString(), "--pattern", "contract=ДОГ-\\d{4}/\\d{2}", f.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ScanCommand.FOUND);
        assertThat(r.lines()).extracting(l -> l.get("detector").asString())
                .containsExactly("terms:acme", "pattern:contract");
        Run high = run("scan", "--terms", terms.toString(), "--min-confidence", "0.95", f.toString());
        assertThat(high.code()).isEqualTo(ScanCommand.NOTHING_FOUND); // terms are reported at 0.9
    }

    @Test
    void patternsThatCannotRunInLinearTimeAreRefusedWithTheReason() throws Exception {
        Path f = write("a.txt", "aa");
        Run en = run("scan", "--lang", "en", "--pattern", "twice=(a)\\1", f.toString());
        assertThat(en.code()).isEqualTo(ScanCommand.BAD_INPUT);
        assertThat(en.err()).contains("pattern \"twice\" refused: backreferences").contains("linear time");
        assertThat(en.out()).isEmpty();
        Run kk = run("scan", "--pattern", "ahead=foo(?=bar)", f.toString());
        assertThat(kk.err()).contains("«ahead» үлгісі қабылданбады").contains("сызықтық уақытта");
        Run form = run("scan", "--lang", "ru", "--pattern", "noequals", f.toString());
        assertThat(form.code()).isEqualTo(ScanCommand.BAD_INPUT);
        assertThat(form.err()).contains("ИМЯ=ВЫРАЖЕНИЕ");
    }

    @Test
    void badInputGetsAClearMessageAndExitCodeTwo() throws Exception {
        Path corruptPdf = dir.resolve("broken.pdf");
        Files.write(corruptPdf, "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage".getBytes(StandardCharsets.US_ASCII));
        Path corruptDocx = dir.resolve("broken.docx");
        Files.write(corruptDocx, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3});
        Path binary = dir.resolve("image.bin");
        Files.write(binary, new byte[] {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF, 0x10});
        Path good = write("good.txt", "ИИН " + IIN);

        Run r = run("scan", "--lang", "en", corruptPdf.toString(), corruptDocx.toString(), binary.toString(),
                dir.resolve("missing.txt").toString(), good.toString());
        assertThat(r.code()).isEqualTo(ScanCommand.BAD_INPUT);
        assertThat(r.err()).contains(corruptPdf + ": not a readable PDF file")
                .contains(corruptDocx + ": not a readable DOCX file")
                .contains(binary + ": neither text in UTF-8")
                .contains("missing.txt: file not found")
                .doesNotContain("Exception").doesNotContain("\tat ");
        // the readable file is still scanned
        assertThat(r.lines()).singleElement().satisfies(l -> assertThat(l.get("file").asString()).isEqualTo(good.toString()));

        Run ru = run("scan", "--lang", "ru", dir.resolve("missing.txt").toString());
        assertThat(ru.err()).contains("файл не найден");
        Run conf = run("scan", "--lang", "en", "--min-confidence", "2", good.toString());
        assertThat(conf.code()).isEqualTo(ScanCommand.BAD_INPUT);
        assertThat(conf.err()).contains("between 0 and 1");
    }
}
