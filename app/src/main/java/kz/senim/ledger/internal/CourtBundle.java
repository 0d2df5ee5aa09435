package kz.senim.ledger.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.senim.platform.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A receipt packed for a court: the receipt, the log's verifier key and instructions in Kazakh, Russian
 * and English on how to check it without trusting Senim.
 */
@Component
class CourtBundle {

    private final MessageSource messages;

    CourtBundle(MessageSource messages) {
        this.messages = messages;
    }

    byte[] zip(Map<String, Object> receipt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, "receipt.json", Canonical.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(receipt));
            put(zip, "ledger.key", receipt.get("verifierKey") + "\n");
            for (Locale lang : Languages.SUPPORTED) {
                put(zip, "README-" + lang.getLanguage() + ".txt", instructions(lang, receipt));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String instructions(Locale lang, Map<String, Object> receipt) {
        Object[] args = {receipt.get("index"), receipt.get("origin"), receipt.get("treeSize")};
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {"title", "what", "key", "check", "manual", "erased"}) {
            text.append(messages.getMessage("ledger.bundle." + part, args, lang)).append("\n\n");
        }
        return text.toString();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
