package kz.senim.tlog;

import java.util.ArrayList;
import java.util.List;

/**
 * A tree of any size (up to 2^64 - 1) whose leaves all have the same hash, so every complete
 * subtree at level L has the same hash z[L]. It is a genuine RFC 9162 tree that needs no storage,
 * which lets tests exercise the unsigned 64-bit arithmetic at huge sizes.
 */
final class UniformTree implements HashReader {

    private final byte[][] levels = new byte[64][];

    UniformTree(byte[] leafHash) {
        levels[0] = leafHash;
        for (int l = 1; l < 64; l++) {
            levels[l] = Hashes.nodeHash(levels[l - 1], levels[l - 1]);
        }
    }

    byte[] leafHash() {
        return levels[0].clone();
    }

    @Override
    public List<byte[]> readHashes(List<NodeId> ids) {
        List<byte[]> out = new ArrayList<>(ids.size());
        for (NodeId id : ids) {
            out.add(levels[id.level()]);
        }
        return out;
    }
}
