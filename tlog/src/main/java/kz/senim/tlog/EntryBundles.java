package kz.senim.tlog;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** The tlog-tiles entry bundle format: each entry as a big-endian uint16 length, then its bytes. */
public final class EntryBundles {

    /** Largest entry a uint16 length can describe. */
    public static final int MAX_ENTRY = 0xffff;

    private EntryBundles() {
    }

    public static byte[] encode(List<byte[]> entries) {
        if (entries.size() > TilePath.FULL_WIDTH) {
            throw new TlogException("a bundle holds at most 256 entries, got " + entries.size());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] e : entries) {
            if (e.length > MAX_ENTRY) {
                throw new TlogException("entry of " + e.length + " bytes does not fit a uint16 length");
            }
            out.write(e.length >>> 8);
            out.write(e.length & 0xff);
            out.writeBytes(e);
        }
        return out.toByteArray();
    }

    public static List<byte[]> decode(byte[] bundle) {
        List<byte[]> out = new ArrayList<>();
        int pos = 0;
        while (pos < bundle.length) {
            if (bundle.length - pos < 2) {
                throw new TlogException("entry bundle ends inside a length prefix at byte " + pos);
            }
            int len = ((bundle[pos] & 0xff) << 8) | (bundle[pos + 1] & 0xff);
            pos += 2;
            if (bundle.length - pos < len) {
                throw new TlogException("entry " + out.size() + " claims " + len + " bytes but only "
                        + (bundle.length - pos) + " remain");
            }
            out.add(java.util.Arrays.copyOfRange(bundle, pos, pos + len));
            pos += len;
            if (out.size() > TilePath.FULL_WIDTH) {
                throw new TlogException("entry bundle has more than 256 entries");
            }
        }
        return out;
    }

    /** Decodes a fetched bundle and checks it has exactly the expected width. */
    public static List<byte[]> decode(BundleId id, byte[] bundle) {
        List<byte[]> entries = decode(bundle);
        if (entries.size() != id.width()) {
            throw new TlogException(id + " should hold " + id.width() + " entries, got " + entries.size());
        }
        return entries;
    }
}
