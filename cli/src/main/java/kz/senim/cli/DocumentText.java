package kz.senim.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a file as a user would read it: PDF (PDFBox), DOCX (see {@link DocxText}) or plain text in UTF-8
 * (with or without a byte-order mark) or UTF-16 with a byte-order mark. The kind is told by the content, not the
 * file name. Findings' offsets refer to the text returned here.
 */
final class DocumentText {

    /** Why a file's text could not be had; {@link #key()} names the message. */
    static final class UnreadableException extends Exception {
        private final String key;

        UnreadableException(String key, String detail) {
            super(detail);
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    /** PDFBox reports damaged but readable files through logging; the command reports what matters itself. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    static {
        PDFBOX_LOG.setLevel(Level.OFF);
    }

    private DocumentText() {
    }

    static String extract(byte[] bytes) throws UnreadableException {
        if (isPdf(bytes)) {
            return pdf(bytes);
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return DocxText.extract(bytes);
        }
        return plain(bytes);
    }

    /** "%PDF-" within the first kilobyte, as readers allow. */
    private static boolean isPdf(byte[] b) {
        int limit = Math.min(b.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (b[i] == '%' && b[i + 1] == 'P' && b[i + 2] == 'D' && b[i + 3] == 'F' && b[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    private static String pdf(byte[] bytes) throws UnreadableException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        } catch (InvalidPasswordException e) {
            throw new UnreadableException("scan.pdfEncrypted", e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException("scan.pdfCorrupt", e.getMessage());
        }
    }

    private static String plain(byte[] b) throws UnreadableException {
        if (b.length >= 2 && (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE || b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)) {
            return decode(b, 0, b[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE, 2);
        }
        int skip = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        return decode(b, 0, StandardCharsets.UTF_8, skip);
    }

    private static String decode(byte[] b, int from, java.nio.charset.Charset cs, int skip) throws UnreadableException {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, from + skip, b.length - from - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableException("scan.notText", cs.name());
        }
    }
}
