package kz.senim.tlog;

import java.util.List;

/** Encoding and strict decoding of the numbers in tile paths. */
final class TilePaths {

    private TilePaths() {
    }

    /** Index as zero-padded 3-digit groups, all but the last prefixed with x: 1234067 is x001/x234/067. */
    static String encodeIndex(long index) {
        String digits = Long.toUnsignedString(index);
        int pad = (3 - digits.length() % 3) % 3;
        digits = "0".repeat(pad) + digits;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 3) {
            if (i + 3 < digits.length()) {
                sb.append('x').append(digits, i, i + 3).append('/');
            } else {
                sb.append(digits, i, i + 3);
            }
        }
        return sb.toString();
    }

    static long parseIndex(List<String> groups) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < groups.size(); i++) {
            String g = groups.get(i);
            boolean lastGroup = i == groups.size() - 1;
            if (!lastGroup) {
                if (!g.startsWith("x")) {
                    throw new TlogException("tile index group must start with x: " + g);
                }
                g = g.substring(1);
            }
            if (g.length() != 3 || !isDigits(g)) {
                throw new TlogException("tile index group must be three digits: " + groups.get(i));
            }
            digits.append(g);
        }
        try {
            return Long.parseUnsignedLong(digits.toString());
        } catch (NumberFormatException e) {
            throw new TlogException("tile index is too large: " + digits);
        }
    }

    static int parseLevel(String s) {
        int level = smallNumber(s, "tile level");
        if (level > 63) {
            throw new TlogException("tile level must be 0..63: " + s);
        }
        return level;
    }

    static int parseWidth(String s) {
        int width = smallNumber(s, "partial tile width");
        if (width < 1 || width > 255) {
            throw new TlogException("partial tile width must be 1..255: " + s);
        }
        return width;
    }

    private static int smallNumber(String s, String what) {
        if (s.isEmpty() || s.length() > 3 || !isDigits(s) || (s.length() > 1 && s.charAt(0) == '0')) {
            throw new TlogException(what + " must be a decimal number without leading zeros: " + s);
        }
        return Integer.parseInt(s);
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static String suffix(int width) {
        return width < TilePath.FULL_WIDTH ? ".p/" + width : "";
    }

    static void checkWidth(int width) {
        if (width < 1 || width > TilePath.FULL_WIDTH) {
            throw new IllegalArgumentException("tile width must be 1..256: " + width);
        }
    }

    /** Number of items (hashes at tree level {@code 8 * tileLevel}, or entries) at a tree size. */
    static long itemsAt(long treeSize, int tileLevel) {
        int shift = Tiles.HEIGHT * tileLevel;
        return shift >= 64 ? 0 : treeSize >>> shift;
    }

    /** Whether tile {@code index} of the given width exists when the level has {@code items} items. */
    static boolean exists(long index, int width, long items) {
        long fullTiles = items >>> 8;
        int cmp = Long.compareUnsigned(index, fullTiles);
        return cmp < 0 || (cmp == 0 && width <= (items & 0xff));
    }

    /** Width of tile {@code index} when the level has {@code items} items; 0 if it does not exist. */
    static int widthAt(long index, long items) {
        long fullTiles = items >>> 8;
        int cmp = Long.compareUnsigned(index, fullTiles);
        return cmp < 0 ? TilePath.FULL_WIDTH : cmp == 0 ? (int) (items & 0xff) : 0;
    }
}
