package kz.senim.guard.detectors;

import kz.senim.guard.ScanText;

/**
 * What one capitalised word says about being part of a name: name list, name endings, stop words, and the same
 * tests after removing a Kazakh case ending. One instance per scan: the word is folded into a reusable buffer
 * together with the hash of each of its prefixes, so the whole word, its stems and its first three letters are
 * looked up without creating strings. The last few results are kept, since a word is often asked about twice
 * (as a sentence opener, then as part of a run), and a small per-scan cache keeps the evidence of words seen
 * before in the same text (names and sentence openers repeat).
 */
final class NameEvidence {

    static final double UNKNOWN = 0.3;
    private static final int MEMO = 8;

    private final NameDictionary dict;
    private char[] buf = new char[32];
    private int[] prefixHash = new int[33];
    private int len;
    private final int[] memoToken = new int[MEMO];
    private final long[] memoValue = new long[MEMO];
    private final WordCache cache;

    NameEvidence(NameDictionary dict, int capitalisedWords) {
        this.dict = dict;
        this.cache = new WordCache(capitalisedWords);
        java.util.Arrays.fill(memoToken, -1);
    }

    /** Evidence about token t, packed as {@link Evidence} bits. */
    long of(ScanText st, int t) {
        int slot = t & (MEMO - 1);
        if (memoToken[slot] == t) {
            return memoValue[slot];
        }
        // the evidence depends on the folded word, the raw length and the all-capitals and Latin flags only, so
        // the word in lower case with those flags is a key (finer than needed) that needs no folding
        int shape = (st.has(t, ScanText.ALL_UPPER) ? 2 : 0) | (st.has(t, ScanText.LATIN) ? 1 : 0);
        long ev = cache.get(st, t, shape);
        if (ev == WordCache.MISSING) {
            fold(st, t);
            ev = compute(st, t);
            cache.put(st, t, shape, ev);
        }
        memoToken[slot] = t;
        memoValue[slot] = ev;
        return ev;
    }

    private void fold(ScanText st, int t) {
        int from = st.start(t);
        int to = st.end(t);
        if (to - from >= buf.length) {
            buf = new char[(to - from) * 2];
            prefixHash = new int[buf.length + 1];
        }
        int n = 0;
        int h = 0;
        for (int i = from; i < to; i++) {
            char f = NameDictionary.foldFast(st.charAt(i));
            if (f != 0) {
                buf[n++] = f;
                h = 31 * h + f;
                prefixHash[n] = h;
            }
        }
        len = n;
    }

    /**
     * Whether token t, or its stem without a case ending, is one of the keys (see {@link NameKeys}). Folds t
     * into the buffer, so it is kept apart from the memo of {@link #of}.
     */
    boolean keyIn(ScanText st, int t, KeySet keys) {
        fold(st, t);
        int n = len;
        if (n < NameKeys.MIN_LENGTH) {
            return false;
        }
        int stem = NameKeys.stemLength(buf, n);
        return keys.contains(buf, n, prefixHash[n]) || stem < n && keys.contains(buf, stem, prefixHash[stem]);
    }

    /**
     * Whether token t may be one of the keys or start with one (as its stem does), by the filter of
     * {@link KeySet#heads}: a key of three letters shares them with the word, a longer key its first four.
     */
    static boolean mayHaveKey(ScanText st, int t, boolean[] heads) {
        int h = 0;
        int got = 0;
        for (int i = st.start(t), to = st.end(t); i < to && got < NameKeys.MIN_LENGTH + 1; i++) {
            char f = NameDictionary.foldFast(st.charAt(i));
            if (f != 0) {
                h = 31 * h + f;
                if (++got == NameKeys.MIN_LENGTH && heads[NameKeys.headSlot(h)]) {
                    return true;
                }
            }
        }
        return got > NameKeys.MIN_LENGTH && heads[NameKeys.headSlot(h)];
    }

    /** The folded form of token t and its stem, for {@link NameKeys}. */
    void addKeys(ScanText st, int t, KeySet keys) {
        fold(st, t);
        if (len >= NameKeys.MIN_LENGTH) {
            keys.add(buf, len, prefixHash[len]);
            int stem = NameKeys.stemLength(buf, len);
            keys.add(buf, stem, prefixHash[stem]);
        }
    }

    /** Evidence of token t, already folded into buf. */
    private long compute(ScanText st, int t) {
        int n = len;
        int kind = NameStopWords.kind(buf, n, prefixHash);
        if (kind == NameStopWords.STOP) {
            return Evidence.STOP;
        }
        if (kind == NameStopWords.AMBIGUOUS) {
            return Evidence.of(UNKNOWN, false) | Evidence.AMBIGUOUS; // "Роман", "Вера": only next to name parts
        }
        int flags = dict.lookup(buf, n, prefixHash[n]);
        int morph = NameMorphology.classify(buf, n);
        if (flags == 0 && (morph == NameMorphology.NONE || morph == NameMorphology.SURNAME_WEAK)
                && !st.has(t, ScanText.LATIN)) {
            // try again without a Kazakh case ending: "Асқарға" -> "Асқар", "Тоқаевтың" -> "Тоқаев"
            char[][] endings = NameMorphology.caseEndingsEndingWith(n == 0 ? 0 : buf[n - 1]);
            for (char[] e : endings) {
                int stem = n - e.length;
                if (stem < 3 || !NameMorphology.endsWith(buf, n, e)) {
                    continue;
                }
                if (NameStopWords.kind(buf, stem, prefixHash) == NameStopWords.STOP) {
                    return Evidence.STOP;
                }
                int stemFlags = dict.lookup(buf, stem, prefixHash[stem]);
                int stemMorph = NameMorphology.classify(buf, stem);
                if (stemFlags != 0 || stemMorph != NameMorphology.NONE && stemMorph != NameMorphology.SURNAME_WEAK) {
                    flags = stemFlags;
                    morph = stemMorph;
                    break;
                }
            }
        }
        if (st.has(t, ScanText.ALL_UPPER) && (st.tokenLength(t) < 5
                || (flags & NameDictionary.SURNAME) == 0 && morph != NameMorphology.SURNAME)) {
            return Evidence.of(0, false); // acronyms (РФ, КНР, МАКС)
        }
        if (flags == 0 && morph == NameMorphology.NONE) {
            // nothing says name or not: foreign names ("Лофнер") and ordinary words alike
            return Evidence.of(UNKNOWN, false) | Evidence.UNLISTED
                    | (NameMorphology.adjectival(buf, n) ? Evidence.ADJECTIVAL : 0);
        }
        double score = UNKNOWN;
        boolean dictOnly = false;
        if ((flags & NameDictionary.PATRONYMIC) != 0 || morph == NameMorphology.PATRONYMIC) {
            return Evidence.of(0.8, false) | Evidence.PATRONYMIC;
        } else if ((flags & NameDictionary.NAME) != 0) {
            return Evidence.of(n <= 3 ? 0.45 : 0.75, morph == NameMorphology.NONE) | Evidence.FIRST_NAME;
        } else if ((flags & NameDictionary.SURNAME) != 0) {
            score = 0.7;
            dictOnly = morph == NameMorphology.NONE;
        } else if (morph == NameMorphology.SURNAME) {
            score = 0.65;
        } else if (morph == NameMorphology.KAZAKH_NAME) {
            score = 0.5;
        } else if (morph == NameMorphology.SURNAME_WEAK) {
            score = 0.45;
        }
        return Evidence.of(score, dictOnly);
    }

    /** Packs a score and flags in a long to avoid allocating per word. */
    static final class Evidence {
        static final long STOP = 1L << 40;
        private static final long DICT_ONLY = 1L << 41;
        static final long PATRONYMIC = 1L << 42;
        /** In the name list as a first name (not only as a surname). */
        static final long FIRST_NAME = 1L << 43;
        static final long AMBIGUOUS = 1L << 44;
        /** Neither in the name list nor with a name ending. */
        static final long UNLISTED = 1L << 45;
        /** An unlisted word with an adjective's ending ("Южной", "Ұлттық"). */
        static final long ADJECTIVAL = 1L << 46;

        private Evidence() {
        }

        static long of(double score, boolean dictOnly) {
            return Math.round(score * 1000) | (dictOnly ? DICT_ONLY : 0);
        }

        static double score(long ev) {
            return (ev & 0xFFFF) / 1000.0;
        }

        static boolean stop(long ev) {
            return (ev & STOP) != 0;
        }

        static boolean patronymic(long ev) {
            return (ev & PATRONYMIC) != 0;
        }

        static boolean dictOnly(long ev) {
            return (ev & DICT_ONLY) != 0;
        }

        static boolean has(long ev, long bit) {
            return (ev & bit) != 0;
        }
    }
}
