package kz.senim.gateway.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import kz.senim.platform.HmacPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The gateway's two secrets, created on first start as owner-only files in {@code senim.gateway.keys-dir}
 * (by default the ledger's key directory, backed up apart from the database): the key of the audit's
 * value hashes and the key that encrypts upstream API keys at rest. A stolen database holds neither.
 */
@Component
class GatewayKeys {

    private static final Logger log = LoggerFactory.getLogger(GatewayKeys.class);
    private static final int IV_BYTES = 12;

    private final SecretKeySpec hashKey;
    private final SecretKeySpec secretsKey;
    private final SecureRandom random = new SecureRandom();
    private final HmacPool macs;

    GatewayKeys(GatewayProperties properties) {
        Path dir = properties.keysDir().toAbsolutePath();
        try {
            Files.createDirectories(dir);
            restrict(dir, "rwx------");
            hashKey = new SecretKeySpec(readOrCreate(dir.resolve("gateway-hash.key")), "HmacSHA256");
            secretsKey = new SecretKeySpec(readOrCreate(dir.resolve("gateway-secrets.key")), "AES");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the gateway keys in " + dir, e);
        }
        macs = new HmacPool(hashKey.getEncoded());
    }

    /** Keyed hash of a found value (hex, 128 bits): lets an investigator holding the key confirm a value was seen. */
    String hash(String type, String value) {
        byte[] h = macs.of(type.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(h, 0, 16);
    }

    byte[] encrypt(String secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, secretsKey, new GCMParameterSpec(128, iv));
            byte[] sealed = c.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String decrypt(byte[] stored) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, secretsKey, new GCMParameterSpec(128, stored, 0, IV_BYTES));
            return new String(c.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an upstream API key cannot be decrypted: was gateway-secrets.key replaced?", e);
        }
    }

    private static byte[] readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.UTF_8);
            restrict(tmp, "rw-------");
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                log.info("Created gateway key file {}", file.getFileName());
            } catch (FileAlreadyExistsException raced) {
                Files.deleteIfExists(tmp);
            }
        }
        return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.UTF_8).trim());
    }

    private static void restrict(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // the directory's own protection applies
        }
    }
}
