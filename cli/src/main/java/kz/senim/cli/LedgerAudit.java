package kz.senim.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import kz.senim.tlog.BundleId;
import kz.senim.tlog.Checkpoint;
import kz.senim.tlog.Ed25519Verifier;
import kz.senim.tlog.EntryBundles;
import kz.senim.tlog.Hashes;
import kz.senim.tlog.MemoryHashStore;
import kz.senim.tlog.TileId;
import kz.senim.tlog.Tiles;
import kz.senim.tlog.TlogException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Re-derives the whole tree from the published entries: every hash tile and the root must equal what the
 * log serves and signed. Names the first entry index where they disagree.
 */
@Command(name = "audit", description = "Rebuild every tile and the root from the entries (exit 0 all agree, 1 not).")
final class LedgerAudit implements Callable<Integer> {

    @Option(names = "--log", required = true, description = "the log's base URL, e.g. http://localhost:8080/ledger")
    String log;

    @Option(names = "--key", required = true, description = "the log's verifier key, or @file")
    String key;

    @Override
    public Integer call() throws IOException {
        Ed25519Verifier verifier = Ed25519Verifier.parse(LedgerCommand.key(key));
        LogClient client = new LogClient(log);
        try {
            Checkpoint cp = Checkpoint.open(client.checkpoint(), verifier.name(), List.of(verifier));
            long started = System.nanoTime();
            Long bad = firstDisagreement(cp, client);
            double seconds = (System.nanoTime() - started) / 1e9;
            if (bad != null) {
                System.err.println("MISMATCH at entry " + bad + " (tree size " + cp.size() + ")");
                return 1;
            }
            System.out.printf("OK: %d entries, every tile and the root agree (%.2f s)%n", cp.size(), seconds);
            return 0;
        } catch (TlogException e) {
            System.err.println("INVALID: " + e.getMessage());
            return 1;
        }
    }

    /** The first entry index whose data disagrees with the served tiles or the signed root, or null. */
    static Long firstDisagreement(Checkpoint cp, LogClient client) {
        MemoryHashStore tree = new MemoryHashStore();
        for (BundleId bundle : Tiles.newBundles(0, cp.size())) {
            List<byte[]> entries = EntryBundles.decode(bundle, client.tile(bundle));
            TileId leaves = TileId.atSize(0, bundle.index(), cp.size());
            byte[] served = client.tile(leaves);
            for (int i = 0; i < entries.size(); i++) {
                byte[] leafHash = Hashes.leafHash(entries.get(i));
                if (!Arrays.equals(leafHash, 0, 32, served, i * 32, i * 32 + 32)) {
                    return bundle.firstEntry() + i;
                }
                tree.append(leafHash);
            }
        }
        for (TileId tile : Tiles.newTiles(0, cp.size())) {
            if (tile.level() == 0) {
                continue;
            }
            if (!Arrays.equals(Tiles.read(tile, tree), client.tile(tile))) {
                return tile.index() << (8 * tile.level());
            }
        }
        if (!Arrays.equals(tree.root(), cp.rootHash())) {
            return cp.size() - 1;
        }
        return null;
    }
}
