package kz.senim.tlog;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Lexical rules shared by signed notes, keys and checkpoints. */
final class NoteText {

    private NoteText() {
    }

    /** Strict UTF-8 decoding: a note with invalid UTF-8 is malformed, not repaired. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new TlogException("malformed note: not valid UTF-8");
        }
    }

    /** Returns null if the text has no ASCII control characters other than newline, else a reason. */
    static String controlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n') {
                return String.format("control character U+%04X at offset %d", (int) c, i);
            }
        }
        return null;
    }

    /** Key names are non-empty, without Unicode spaces, plus signs or control characters. */
    static boolean isValidName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        return name.codePoints().noneMatch(cp -> cp == '+' || cp < 0x20 || cp == 0x85
                || Character.isWhitespace(cp) || Character.isSpaceChar(cp));
    }

    /** Standard base64 with padding, rejecting any non-canonical spelling. Returns null if invalid. */
    static byte[] base64(String s) {
        try {
            byte[] b = Base64.getDecoder().decode(s);
            return Base64.getEncoder().encodeToString(b).equals(s) ? b : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String base64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    static String hex8(int keyId) {
        return String.format("%08x", keyId);
    }

    /** Exactly eight lowercase hex digits, as the key ID part of a key. Returns null if invalid. */
    static Integer parseHex8(String s) {
        if (s.length() != 8) {
            return null;
        }
        for (int i = 0; i < 8; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return null;
            }
        }
        return Integer.parseUnsignedInt(s, 16);
    }
}
