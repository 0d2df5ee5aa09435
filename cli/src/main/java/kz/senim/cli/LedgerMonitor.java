package kz.senim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kz.senim.tlog.Checkpoint;
import kz.senim.tlog.Ed25519Verifier;
import kz.senim.tlog.Proofs;
import kz.senim.tlog.ProofVerifier;
import kz.senim.tlog.TileHashReader;
import kz.senim.tlog.TlogException;
import kz.senim.tlog.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Witnesses the log: the newest checkpoint must be correctly signed and consistent with the last one this
 * monitor saw (kept in a state file), so the log cannot rewrite history without being caught.
 */
@Command(name = "monitor", description = "Check that the log's newest checkpoint is consistent with the one seen before (exit 0 consistent, 1 not).")
final class LedgerMonitor implements Callable<Integer> {

    @Option(names = "--log", required = true, description = "the log's base URL, e.g. http://localhost:8080/ledger")
    String log;

    @Option(names = "--key", required = true, description = "the log's verifier key, or @file")
    String key;

    @Option(names = "--state", required = true, description = "file keeping the last checkpoint seen")
    Path state;

    @Override
    public Integer call() throws IOException {
        Ed25519Verifier verifier = Ed25519Verifier.parse(LedgerCommand.key(key));
        LogClient client = new LogClient(log);
        try {
            Checkpoint latest = Checkpoint.open(client.checkpoint(), verifier.name(), List.of(verifier));
            if (Files.exists(state)) {
                Checkpoint previous = Checkpoint.open(Files.readString(state), verifier.name(), List.of(verifier));
                Verdict v = consistent(previous, latest, client);
                if (!v.ok()) {
                    System.err.println("INCONSISTENT: " + v.reason());
                    return 1;
                }
                System.out.println("CONSISTENT: " + previous.size() + " -> " + latest.size());
            } else {
                System.out.println("FIRST: trusting checkpoint of size " + latest.size());
            }
            Files.writeString(state, client.checkpoint());
            return 0;
        } catch (TlogException e) {
            System.err.println("INVALID: " + e.getMessage());
            return 1;
        }
    }

    static Verdict consistent(Checkpoint older, Checkpoint newer, LogClient client) {
        if (Long.compareUnsigned(newer.size(), older.size()) < 0) {
            return Verdict.invalid("the log shrank from " + older.size() + " to " + newer.size());
        }
        if (older.size() == newer.size() || older.size() == 0) {
            return older.size() == newer.size() && !java.util.Arrays.equals(older.rootHash(), newer.rootHash())
                    ? Verdict.invalid("two different roots for size " + older.size()) : Verdict.valid();
        }
        List<byte[]> proof = Proofs.consistency(older.size(), newer.size(), new TileHashReader(newer.size(), client::tile));
        return ProofVerifier.verifyConsistency(older.size(), newer.size(), proof, older.rootHash(), newer.rootHash());
    }
}
