package kz.senim.guard.detectors;

import java.util.ArrayList;
import java.util.List;
import kz.senim.guard.ScanText;

/**
 * A fixed list of lower-case context words ("паспорт*", "иин"): a word ending in '*' is a prefix, otherwise the
 * whole token must equal it, ignoring case. Entries are grouped by their first char, so testing a token costs
 * one array look-up and a comparison with the few entries sharing its first letter.
 */
final class ContextWords {

    private static final int TABLE = 0x500;

    private final char[][][] byFirst = new char[TABLE][][];
    private final boolean[][] prefixByFirst = new boolean[TABLE][];
    private final char[][] other;
    private final boolean[] otherPrefix;

    private ContextWords(String[] words) {
        List<char[]> rest = new ArrayList<>();
        List<Boolean> restPrefix = new ArrayList<>();
        for (String w : words) {
            boolean prefix = w.endsWith("*");
            char[] chars = (prefix ? w.substring(0, w.length() - 1) : w).toCharArray();
            char first = chars[0];
            if (first < TABLE) {
                byFirst[first] = append(byFirst[first], chars);
                prefixByFirst[first] = append(prefixByFirst[first], prefix);
            } else {
                rest.add(chars);
                restPrefix.add(prefix);
            }
        }
        other = rest.toArray(new char[0][]);
        otherPrefix = new boolean[rest.size()];
        for (int i = 0; i < otherPrefix.length; i++) {
            otherPrefix[i] = restPrefix.get(i);
        }
    }

    static ContextWords of(String... words) {
        return new ContextWords(words);
    }

    /** Whether letter or digit token t is one of the words (or starts with one of the prefixes). */
    boolean matches(ScanText st, int t) {
        char first = Character.toLowerCase(st.charAt(st.start(t)));
        if (first < TABLE) {
            char[][] words = byFirst[first];
            return words != null && any(st, t, words, prefixByFirst[first], 1);
        }
        return any(st, t, other, otherPrefix, 0);
    }

    /** Compares from char {@code skip} on (the first char is already known to match when skip is 1). */
    private static boolean any(ScanText st, int t, char[][] words, boolean[] prefix, int skip) {
        int from = st.start(t);
        int len = st.end(t) - from;
        for (int w = 0; w < words.length; w++) {
            char[] word = words[w];
            if (prefix[w] ? len >= word.length : len == word.length) {
                int i = skip;
                while (i < word.length && Character.toLowerCase(st.charAt(from + i)) == word[i]) {
                    i++;
                }
                if (i == word.length) {
                    return true;
                }
            }
        }
        return false;
    }

    private static char[][] append(char[][] a, char[] v) {
        char[][] b = a == null ? new char[1][] : java.util.Arrays.copyOf(a, a.length + 1);
        b[b.length - 1] = v;
        return b;
    }

    private static boolean[] append(boolean[] a, boolean v) {
        boolean[] b = a == null ? new boolean[1] : java.util.Arrays.copyOf(a, a.length + 1);
        b[b.length - 1] = v;
        return b;
    }
}
