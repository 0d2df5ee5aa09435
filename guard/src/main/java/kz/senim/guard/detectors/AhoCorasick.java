package kz.senim.guard.detectors;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Aho–Corasick automaton over lower-cased chars: finds all of many terms in one pass, whatever their number.
 * Built once, then read-only (thread-safe).
 */
final class AhoCorasick {

    /** Reports a match of a term of the given length ending (exclusive) at end. */
    interface Hit {
        void found(int start, int end);
    }

    // Children of a node are kept as sorted (char, node) pairs: terms are few compared with text, and this is compact.
    private char[][] keys = new char[16][];
    private int[][] children = new int[16][];
    private int[] fail;
    /** Lengths of terms ending at a node, including those reached through fail links. */
    private int[][] outputs = new int[16][];
    private int size = 1;

    AhoCorasick(Collection<String> terms) {
        keys[0] = new char[0];
        children[0] = new int[0];
        outputs[0] = new int[0];
        for (String term : terms) {
            String norm = normalize(term);
            if (!norm.isEmpty()) {
                insert(norm);
            }
        }
        link();
    }

    static String normalize(String term) {
        StringBuilder b = new StringBuilder(term.length());
        for (int i = 0; i < term.length(); i++) {
            b.append(fold(term.charAt(i)));
        }
        return b.toString().strip();
    }

    /** Case and blank folding applied to both terms and text; keeps one char per char so offsets stay exact. */
    static char fold(char c) {
        if (c == '\u00A0' || c == '\t' || c == '\n' || c == '\r') {
            return ' ';
        }
        char l = Character.toLowerCase(c);
        return l == 'ё' ? 'е' : l;
    }

    private void insert(String term) {
        int node = 0;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            int next = child(node, c);
            if (next < 0) {
                next = newNode();
                addChild(node, c, next);
            }
            node = next;
        }
        int[] out = outputs[node];
        if (!contains(out, term.length())) {
            out = Arrays.copyOf(out, out.length + 1);
            out[out.length - 1] = term.length();
            outputs[node] = out;
        }
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    private int newNode() {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            children = Arrays.copyOf(children, size * 2);
            outputs = Arrays.copyOf(outputs, size * 2);
        }
        keys[size] = new char[0];
        children[size] = new int[0];
        outputs[size] = new int[0];
        return size++;
    }

    private void addChild(int node, char c, int child) {
        char[] k = keys[node];
        int[] ch = children[node];
        int pos = -(Arrays.binarySearch(k, c) + 1);
        char[] nk = new char[k.length + 1];
        int[] nc = new int[ch.length + 1];
        System.arraycopy(k, 0, nk, 0, pos);
        System.arraycopy(ch, 0, nc, 0, pos);
        nk[pos] = c;
        nc[pos] = child;
        System.arraycopy(k, pos, nk, pos + 1, k.length - pos);
        System.arraycopy(ch, pos, nc, pos + 1, ch.length - pos);
        keys[node] = nk;
        children[node] = nc;
    }

    private int child(int node, char c) {
        int i = Arrays.binarySearch(keys[node], c);
        return i >= 0 ? children[node][i] : -1;
    }

    private void link() {
        fail = new int[size];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c : children[0]) {
            fail[c] = 0;
            queue.add(c);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int i = 0; i < keys[node].length; i++) {
                char c = keys[node][i];
                int child = children[node][i];
                int f = fail[node];
                while (f != 0 && child(f, c) < 0) {
                    f = fail[f];
                }
                int target = child(f, c);
                fail[child] = target >= 0 && target != child ? target : 0;
                int[] inherited = outputs[fail[child]];
                if (inherited.length > 0) {
                    List<Integer> all = new ArrayList<>();
                    for (int v : outputs[child]) {
                        all.add(v);
                    }
                    for (int v : inherited) {
                        if (!all.contains(v)) {
                            all.add(v);
                        }
                    }
                    outputs[child] = all.stream().mapToInt(Integer::intValue).toArray();
                }
                queue.add(child);
            }
        }
    }

    boolean isEmpty() {
        return size == 1;
    }

    void search(CharSequence text, Hit hit) {
        int node = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = fold(text.charAt(i));
            int next = child(node, c);
            while (next < 0 && node != 0) {
                node = fail[node];
                next = child(node, c);
            }
            node = next < 0 ? 0 : next;
            for (int len : outputs[node]) {
                hit.found(i + 1 - len, i + 1);
            }
        }
    }
}
