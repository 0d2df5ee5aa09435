package kz.senim.guard.detectors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Word forms of first names, surnames and patronymics (all grammatical cases), derived from the OpenCorpora
 * dictionary (CC BY-SA 3.0, see the NOTICE next to the resource). Keys are folded so that Kazakh spellings find
 * their Russian-spelled entries ("Нұрсұлтан" = "Нурсултан", "Айгүл" = "Айгуль"). Looked up straight from the
 * scanned text without creating strings.
 */
public final class NameDictionary {

    public static final int NAME = 1;
    public static final int SURNAME = 2;
    public static final int PATRONYMIC = 4;

    static final String RESOURCE = "/kz/senim/guard/names/names.tsv.gz";

    private static volatile NameDictionary shared;

    private final char[] pool;
    /**
     * Slots: the word's mixed hash in the high 32 bits, then its pool offset, length + 1 and flags, so a hit
     * reads the table and the pool only (no arrays of offsets and flags, each another cache miss); 0 = empty.
     */
    private final long[] table;
    private final int mask;
    private static final int OFFSET_BITS = 23;
    private static final int LENGTH_BITS = 6;
    private static final int FLAG_BITS = 3;
    /**
     * Two bits a form in one long of 256 KB (about 1 false "maybe" in 13): most capitalised words of a text are
     * no name, and this rules them out in a cache line that stays near the core instead of the 8 MB table.
     */
    private final long[] bloom = new long[1 << BLOOM_BITS];
    private static final int BLOOM_BITS = 15;

    private NameDictionary(char[] pool, int[] offsets, byte[] flags, int count) {
        if (pool.length >= 1 << OFFSET_BITS) {
            throw new IllegalStateException("name pool too large: " + pool.length);
        }
        this.pool = pool;
        int cap = Integer.highestOneBit(count * 2) << 1;
        this.table = new long[cap];
        this.mask = cap - 1;
        for (int e = 0; e < count; e++) {
            int len = offsets[e + 1] - offsets[e];
            if (len + 1 >= 1 << LENGTH_BITS) {
                throw new IllegalStateException("name form too long: " + len);
            }
            int raw = hashRaw(pool, offsets, e);
            int m = mix(raw);
            int h = m & mask;
            while (table[h] != 0) {
                h = (h + 1) & mask;
            }
            long low = ((long) offsets[e] << LENGTH_BITS | len + 1) << FLAG_BITS | flags[e] & 7;
            table[h] = (long) m << 32 | low;
            int g = bloomHash(raw);
            bloom[g >>> 32 - BLOOM_BITS] |= bloomMask(g);
        }
    }

    /** The bundled dictionary, loaded once. */
    public static NameDictionary shared() {
        NameDictionary d = shared;
        if (d == null) {
            synchronized (NameDictionary.class) {
                d = shared;
                if (d == null) {
                    d = load();
                    shared = d;
                }
            }
        }
        return d;
    }

    private static NameDictionary load() {
        try (InputStream in = NameDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
                    StandardCharsets.UTF_8), 1 << 16);
            StringBuilder pool = new StringBuilder(4_000_000);
            int[] offsets = new int[400_000];
            byte[] flags = new byte[400_000];
            int count = 0;
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                if (count + 1 >= offsets.length) {
                    offsets = Arrays.copyOf(offsets, offsets.length * 2);
                    flags = Arrays.copyOf(flags, flags.length * 2);
                }
                offsets[count] = pool.length();
                for (int i = 0; i < tab; i++) {
                    char f = fold(line.charAt(i));
                    if (f != 0) {
                        pool.append(f);
                    }
                }
                flags[count] = (byte) Integer.parseInt(line, tab + 1, line.length(), 10);
                count++;
            }
            offsets[count] = pool.length();
            char[] chars = new char[pool.length()];
            pool.getChars(0, pool.length(), chars, 0);
            return new NameDictionary(chars, offsets, flags, count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lower-cases and maps Kazakh letters to their Russian counterparts; returns 0 for chars that are dropped
     * (soft/hard signs, which Kazakh spellings of the same name leave out).
     */
    public static char fold(char c) {
        char l = Character.toLowerCase(c);
        return switch (l) {
            case 'ё' -> 'е';
            case 'ә' -> 'а';
            case 'ғ' -> 'г';
            case 'қ' -> 'к';
            case 'ң' -> 'н';
            case 'ө' -> 'о';
            case 'ұ', 'ү' -> 'у';
            case 'һ' -> 'х';
            case 'і' -> 'и';
            case 'ь', 'ъ' -> 0;
            default -> l;
        };
    }

    private static final char[] FOLD = new char[0x500];

    static {
        for (int c = 0; c < FOLD.length; c++) {
            FOLD[c] = fold((char) c);
        }
    }

    /** {@link #fold(char)} through a table for Latin and Cyrillic. */
    static char foldFast(char c) {
        return c < 0x500 ? FOLD[c] : fold(c);
    }

    private static int hashRaw(char[] pool, int[] offsets, int e) {
        int h = 0;
        for (int i = offsets[e]; i < offsets[e + 1]; i++) {
            h = 31 * h + pool[i];
        }
        return h;
    }

    private static int bloomHash(int h) {
        return (h ^ h >>> 15) * 0x9E3779B1;
    }

    private static long bloomMask(int g) {
        return 1L << g | 1L << (g >>> 6);
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) * 0x45d9f3b;
    }

    /** Flags (NAME | SURNAME | PATRONYMIC) of the word s[from, to), or 0 when it is not a known form. */
    public int lookup(CharSequence s, int from, int to) {
        char[] w = new char[to - from];
        int h = 0;
        int len = 0;
        for (int i = from; i < to; i++) {
            char f = fold(s.charAt(i));
            if (f != 0) {
                h = 31 * h + f;
                w[len++] = f;
            }
        }
        return lookup(w, len, h);
    }

    /**
     * Flags of an already folded word w[0, len) whose hash {@code h = 31 * h + c} over its chars (from 0) the
     * caller computed while folding it.
     */
    public int lookup(char[] w, int len, int h) {
        int g = bloomHash(h);
        long bits = bloomMask(g);
        if ((bloom[g >>> 32 - BLOOM_BITS] & bits) != bits) {
            return 0;
        }
        int m = mix(h);
        long want = (long) (len + 1) << FLAG_BITS;
        for (int slot = m & mask;; slot = (slot + 1) & mask) {
            long v = table[slot];
            if (v == 0) {
                return 0;
            }
            // another word is rejected by its hash or length without reading its chars
            if ((int) (v >>> 32) == m && (v & (1 << LENGTH_BITS) - 1 << FLAG_BITS) == want) {
                int p = (int) v >>> LENGTH_BITS + FLAG_BITS;
                if (Arrays.equals(pool, p, p + len, w, 0, len)) {
                    return (int) v & 7;
                }
            }
        }
    }

    public int lookup(CharSequence word) {
        return lookup(word, 0, word.length());
    }
}
