package kz.senim.tlog;

import java.util.Arrays;
import java.util.List;

/**
 * A resource of the C2SP tlog-tiles API: a hash tile {@code tile/<L>/<N>[.p/<W>]} or an entry
 * bundle {@code tile/entries/<N>[.p/<W>]}. Paths are relative to the log prefix.
 *
 * @see <a href="https://c2sp.org/tlog-tiles">c2sp.org/tlog-tiles</a>
 */
public sealed interface TilePath permits TileId, BundleId {

    /** Hashes (or entries) in a full tile. */
    int FULL_WIDTH = 256;

    /** Index of the tile within its level. */
    long index();

    /** Number of hashes or entries, 1..256; below 256 the resource is a partial tile. */
    int width();

    /** The path, such as {@code tile/0/x001/x234/067.p/8}. */
    String path();

    default boolean isPartial() {
        return width() < FULL_WIDTH;
    }

    /**
     * Parses a path relative to the log prefix, accepting only the canonical encoding
     * (so each resource has exactly one path).
     */
    static TilePath parse(String path) {
        if (path == null || !path.startsWith("tile/")) {
            throw new TlogException("tile path must start with tile/");
        }
        List<String> parts = Arrays.asList(path.substring(5).split("/", -1));
        if (parts.size() < 2) {
            throw new TlogException("tile path is too short: " + path);
        }
        String head = parts.getFirst();
        List<String> rest = parts.subList(1, parts.size());
        int width = FULL_WIDTH;
        int last = rest.size() - 1;
        if (rest.size() >= 2 && rest.get(last - 1).endsWith(".p")) {
            width = TilePaths.parseWidth(rest.get(last));
            rest = new java.util.ArrayList<>(rest.subList(0, last));
            String group = rest.getLast();
            rest.set(rest.size() - 1, group.substring(0, group.length() - 2));
        }
        long index = TilePaths.parseIndex(rest);
        TilePath parsed = head.equals("entries")
                ? new BundleId(index, width)
                : new TileId(TilePaths.parseLevel(head), index, width);
        if (!parsed.path().equals(path)) {
            throw new TlogException("tile path is not in canonical form: " + path);
        }
        return parsed;
    }
}
