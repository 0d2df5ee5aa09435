package kz.senim.ledger.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import kz.senim.tlog.Ed25519Signer;
import kz.senim.tlog.NoteKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The ledger's secrets, created on first start in {@code senim.ledger.keys-dir} (owner-only files):
 * the checkpoint signing key, the key that wraps every entry's payload key, and the key of the
 * subject hashes. Several instances of one ledger share the directory.
 */
@Component
class LedgerKeys {

    private static final Logger log = LoggerFactory.getLogger(LedgerKeys.class);

    private final Ed25519Signer signer;
    private final byte[] masterKey;
    private final byte[] subjectKey;

    LedgerKeys(LedgerProperties properties) {
        Path dir = properties.keysDir().toAbsolutePath();
        try {
            Files.createDirectories(dir);
            restrict(dir, "rwx------");
            this.signer = Ed25519Signer.parse(readOrCreate(dir.resolve("ledger-signer.key"),
                    () -> NoteKeys.generate(properties.origin()).signerKey()));
            this.masterKey = Base64.getDecoder().decode(readOrCreate(dir.resolve("ledger-payload.key"), LedgerKeys::randomKey));
            this.subjectKey = Base64.getDecoder().decode(readOrCreate(dir.resolve("ledger-subject.key"), LedgerKeys::randomKey));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the ledger keys in " + dir, e);
        }
        if (!signer.name().equals(properties.origin())) {
            throw new IllegalStateException("the ledger signing key is for «" + signer.name() + "» but the origin is «"
                    + properties.origin() + "»: see docs/ledger.md on key rotation");
        }
    }

    Ed25519Signer signer() {
        return signer;
    }

    String verifierKey() {
        return signer.verifierKey();
    }

    byte[] masterKey() {
        return masterKey.clone();
    }

    byte[] subjectKey() {
        return subjectKey.clone();
    }

    private static String readOrCreate(Path file, java.util.function.Supplier<String> create) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        String value = create.get();
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, value + "\n", StandardCharsets.UTF_8);
        restrict(tmp, "rw-------");
        try {
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            Files.deleteIfExists(tmp);
        }
        log.info("Created ledger key file {}", file.getFileName());
        return Files.readString(file, StandardCharsets.UTF_8).trim();
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static void restrict(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // the directory's own protection applies
        }
    }
}
