package kz.senim.cli;

import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes the test fixture cyrillic.pdf: Cyrillic needs an embedded font, which a build machine may lack, so the
 * file is committed. Run with a TrueType font with Cyrillic and Kazakh letters and the output path, e.g.
 * {@code /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf cli/src/test/resources/kz/senim/cli/cyrillic.pdf}.
 */
public final class CyrillicPdfFixture {

    private CyrillicPdfFixture() {
    }

    public static void main(String[] args) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, Path.of(args[0]).toFile()); // embedded as a subset
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Для служебного пользования");
                cs.newLineAtOffset(0, -20);
                cs.showText("Бұйрыққа Асқар Мамин қол қойды.");
                cs.newLineAtOffset(0, -20);
                cs.showText("ЖСН " + ScanCommandTest.IIN);
                cs.endText();
            }
            doc.save(Path.of(args[1]).toFile());
        }
    }
}
