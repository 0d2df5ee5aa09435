package kz.senim.guard.detectors;

import kz.senim.guard.ScanText;

/**
 * A part of the scanned text as a CharSequence for the checksum rules, read from the scan's char array: no
 * substring per candidate, and no reads through the String. One per detect call, moved with {@link #at}.
 */
final class TextView implements CharSequence {

    private final ScanText st;
    private int from;
    private int length;

    TextView(ScanText st) {
        this.st = st;
        this.length = st.length();
    }

    /** This view moved to the chars [from, to). */
    TextView at(int from, int to) {
        this.from = from;
        this.length = to - from;
        return this;
    }

    /** This view moved to token t. */
    TextView token(int t) {
        return at(st.start(t), st.end(t));
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return st.charAt(from + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }

    @Override
    public String toString() {
        return st.text().substring(from, from + length);
    }
}
