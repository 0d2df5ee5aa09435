package kz.senim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ledger", description = "Verify decision-ledger receipts, monitor and audit the log.",
        subcommands = {LedgerCommand.VerifyReceipt.class, LedgerMonitor.class, LedgerAudit.class})
final class LedgerCommand {

    /** The trusted verifier key: given inline or as @file. */
    static String key(String value) throws IOException {
        return value.startsWith("@") ? Files.readString(Path.of(value.substring(1))).trim() : value.trim();
    }

    @Command(name = "verify-receipt", description = "Check a receipt offline against the log's public key (exit 0 valid, 1 invalid).")
    static final class VerifyReceipt implements Callable<Integer> {

        @Parameters(index = "0", description = "receipt.json")
        Path receipt;

        @Option(names = "--key", required = true, description = "the log's verifier key (name+hash+base64), or @file")
        String key;

        @Override
        public Integer call() throws IOException {
            var result = ReceiptVerifier.verify(ApiClient.JSON.readTree(Files.readString(receipt)), key(key));
            (result.ok() ? System.out : System.err).println((result.ok() ? "VALID: " : "INVALID: ") + result.reason());
            return result.ok() ? 0 : 1;
        }
    }
}
