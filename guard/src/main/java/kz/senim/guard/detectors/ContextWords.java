package kz.senim.guard.detectors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.senim.guard.ScanText;

/**
 * A fixed list of lower-case context words ("паспорт*", "иин"): a word ending in '*' is a prefix, otherwise the
 * whole token must equal it, ignoring case. Entries are grouped by their first two chars in a small hash table,
 * so testing a token costs one probe and a comparison with the one or two entries sharing its first letters.
 */
final class ContextWords {

    private final int[] keys;
    private final char[][][] groups;
    private final boolean[][] prefixes;
    private final int mask;
    /** One-char words, compared directly. */
    private final char[] singles;

    private ContextWords(String[] words) {
        Map<Integer, List<String>> byKey = new LinkedHashMap<>();
        StringBuilder one = new StringBuilder();
        for (String w : words) {
            String bare = w.endsWith("*") ? w.substring(0, w.length() - 1) : w;
            if (bare.length() == 1) {
                one.append(bare.charAt(0));
            } else {
                byKey.computeIfAbsent(key(bare.charAt(0), bare.charAt(1)), k -> new ArrayList<>()).add(w);
            }
        }
        singles = one.toString().toCharArray();
        int cap = Integer.highestOneBit(Math.max(4, byKey.size() * 2)) << 1;
        mask = cap - 1;
        keys = new int[cap];
        groups = new char[cap][][];
        prefixes = new boolean[cap][];
        for (var e : byKey.entrySet()) {
            int slot = slot(e.getKey());
            while (groups[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = e.getKey();
            List<String> ws = e.getValue();
            groups[slot] = new char[ws.size()][];
            prefixes[slot] = new boolean[ws.size()];
            for (int i = 0; i < ws.size(); i++) {
                String w = ws.get(i);
                prefixes[slot][i] = w.endsWith("*");
                groups[slot][i] = (prefixes[slot][i] ? w.substring(0, w.length() - 1) : w).toCharArray();
            }
        }
    }

    static ContextWords of(String... words) {
        return new ContextWords(words);
    }

    private static int key(char a, char b) {
        return a << 16 | b;
    }

    private int slot(int key) {
        int h = key * 0x9E3779B1;
        return (h ^ h >>> 16) & mask;
    }

    /** Whether letter or digit token t is one of the words (or starts with one of the prefixes). */
    boolean matches(ScanText st, int t) {
        int from = st.start(t);
        int len = st.end(t) - from;
        char first = ScanText.lower(st.charAt(from));
        if (len == 1) {
            for (char c : singles) {
                if (c == first) {
                    return true;
                }
            }
            return false;
        }
        int key = key(first, ScanText.lower(st.charAt(from + 1)));
        for (int slot = slot(key); groups[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return any(st, from, len, groups[slot], prefixes[slot]);
            }
        }
        return false;
    }

    private static boolean any(ScanText st, int from, int len, char[][] words, boolean[] prefix) {
        for (int w = 0; w < words.length; w++) {
            char[] word = words[w];
            if (prefix[w] ? len >= word.length : len == word.length) {
                int i = 2;
                while (i < word.length && ScanText.lower(st.charAt(from + i)) == word[i]) {
                    i++;
                }
                if (i == word.length) {
                    return true;
                }
            }
        }
        return false;
    }
}
