package kz.senim.tlog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A C2SP signed note, parsed for syntax only: the text and its signature lines, none of them
 * verified. Use {@link Notes#open} to verify. The text must not be trusted before that.
 *
 * @see <a href="https://c2sp.org/signed-note">c2sp.org/signed-note</a>
 */
public record Note(String text, List<NoteSignature> signatures) {

    /** Notes with more signature lines are rejected, to bound the work of opening one. */
    public static final int MAX_SIGNATURES = 100;

    private static final String SIG_PREFIX = "\u2014 ";

    public Note {
        checkText(text);
        signatures = List.copyOf(signatures);
    }

    /** Parses a note from its UTF-8 bytes, rejecting anything the spec does not allow. */
    public static Note parse(byte[] msg) {
        return parse(NoteText.decode(msg));
    }

    public static Note parse(String msg) {
        String bad = NoteText.controlCharacter(msg);
        if (bad != null) {
            throw new TlogException("malformed note: " + bad);
        }
        int split = msg.lastIndexOf("\n\n");
        if (split < 0) {
            throw new TlogException("malformed note: no blank line before the signatures");
        }
        String text = msg.substring(0, split + 1);
        String sigs = msg.substring(split + 2);
        if (sigs.isEmpty()) {
            throw new TlogException("malformed note: no signatures");
        }
        if (!sigs.endsWith("\n")) {
            throw new TlogException("malformed note: does not end with a newline");
        }
        List<NoteSignature> out = new ArrayList<>();
        for (String line : sigs.substring(0, sigs.length() - 1).split("\n", -1)) {
            if (out.size() == MAX_SIGNATURES) {
                throw new TlogException("malformed note: more than " + MAX_SIGNATURES + " signatures");
            }
            out.add(parseLine(line));
        }
        return new Note(text, out);
    }

    private static NoteSignature parseLine(String line) {
        if (!line.startsWith(SIG_PREFIX)) {
            throw new TlogException("malformed note: signature line does not start with an em dash and space: " + line);
        }
        String rest = line.substring(SIG_PREFIX.length());
        int space = rest.indexOf(' ');
        if (space < 0) {
            throw new TlogException("malformed note: signature line has no space after the key name");
        }
        String name = rest.substring(0, space);
        String b64 = rest.substring(space + 1);
        if (!NoteText.isValidName(name)) {
            throw new TlogException("malformed note: invalid key name in signature line: " + name);
        }
        byte[] raw = NoteText.base64(b64);
        if (raw == null) {
            throw new TlogException("malformed note: signature of " + name + " is not valid base64");
        }
        if (raw.length < 5) {
            throw new TlogException("malformed note: signature of " + name + " is too short");
        }
        int keyId = ((raw[0] & 0xff) << 24) | ((raw[1] & 0xff) << 16) | ((raw[2] & 0xff) << 8) | (raw[3] & 0xff);
        return new NoteSignature(name, keyId, java.util.Arrays.copyOfRange(raw, 4, raw.length));
    }

    /** The note as text: text, blank line, signature lines. */
    public String format() {
        if (signatures.isEmpty()) {
            throw new TlogException("a signed note needs at least one signature");
        }
        StringBuilder sb = new StringBuilder(text).append('\n');
        for (NoteSignature s : signatures) {
            sb.append(s.line());
        }
        return sb.toString();
    }

    public byte[] toBytes() {
        return format().getBytes(StandardCharsets.UTF_8);
    }

    static void checkText(String text) {
        if (text == null || !text.endsWith("\n")) {
            throw new TlogException("malformed note: text must end with a newline");
        }
        String bad = NoteText.controlCharacter(text);
        if (bad != null) {
            throw new TlogException("malformed note text: " + bad);
        }
    }
}
