package kz.senim.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a DOCX file, read with the JDK alone (zip + StAX) rather than Apache POI, which would add about ten
 * jars to the command for what is a walk over a few XML parts. Reads the body, then headers, footers, footnotes,
 * endnotes and comments (personal data hides there too): text runs ({@code w:t}, and {@code w:delText} of
 * tracked deletions, which stay in the file), tabs, line breaks, and a line
 * break after each paragraph. DTDs and external entities are refused; parts are read up to a size limit, so a
 * zip bomb cannot exhaust memory.
 */
final class DocxText {

    static final long MAX_PART_BYTES = 256L << 20;
    private static final String BODY = "word/document.xml";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Pattern PARTS = Pattern.compile(
            "word/(document|header\\d*|footer\\d*|footnotes|endnotes|comments)\\.xml");

    private DocxText() {
    }

    static String extract(byte[] zip) throws DocumentText.UnreadableException {
        // body first, then the other parts in name order, so the output does not depend on the zip's order
        TreeMap<String, byte[]> parts = new TreeMap<>(Comparator.comparing((String name) -> !name.equals(BODY))
                .thenComparing(Comparator.naturalOrder()));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (PARTS.matcher(e.getName()).matches()) {
                    parts.put(e.getName(), readLimited(in));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DocumentText.UnreadableException("scan.docxCorrupt", e.getMessage());
        }
        if (!parts.containsKey(BODY)) {
            throw new DocumentText.UnreadableException("scan.docxCorrupt", "no word/document.xml");
        }
        StringBuilder text = new StringBuilder();
        for (var part : parts.entrySet()) {
            try {
                appendText(part.getValue(), text);
            } catch (XMLStreamException | RuntimeException e) {
                throw new DocumentText.UnreadableException("scan.docxCorrupt", part.getKey() + ": " + e.getMessage());
            }
        }
        return text.toString();
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > MAX_PART_BYTES) {
                throw new IOException("a part is larger than " + (MAX_PART_BYTES >> 20) + " MB uncompressed");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** Text runs, and deleted runs of tracked changes: still in the file, so still a leak. */
    private static boolean isText(String element) {
        return element.equals("t") || element.equals("delText");
    }

    private static void appendText(byte[] xml, StringBuilder out) throws XMLStreamException {
        XMLStreamReader r = factory().createXMLStreamReader(new ByteArrayInputStream(xml));
        List<String> open = new ArrayList<>();
        try {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = W.equals(r.getNamespaceURI()) ? r.getLocalName() : "";
                    open.add(name);
                    boolean inRun = open.size() >= 2 && open.get(open.size() - 2).equals("r");
                    if (inRun && name.equals("tab")) {
                        out.append('\t'); // not the tab stops of paragraph properties
                    } else if (inRun && (name.equals("br") || name.equals("cr"))) {
                        out.append('\n');
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String name = open.remove(open.size() - 1);
                    if (name.equals("p")) {
                        out.append('\n');
                    }
                } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && !open.isEmpty()
                        && isText(open.get(open.size() - 1))) {
                    out.append(r.getText());
                }
            }
        } finally {
            r.close();
        }
    }
}
