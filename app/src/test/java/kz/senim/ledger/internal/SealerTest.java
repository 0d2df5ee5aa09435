package kz.senim.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SealerTest {

    private final byte[] master = new byte[32];
    private final byte[] commitment = LedgerService.sha256("salt".getBytes(StandardCharsets.UTF_8), "record".getBytes(StandardCharsets.UTF_8));
    private final byte[] payload = "{\"record\":{\"outcome\":\"eligible\"},\"salt\":\"AQID\"}".getBytes(StandardCharsets.UTF_8);

    SealerTest() {
        Arrays.fill(master, (byte) 7);
    }

    @Test
    void aSealedPayloadOpensOnlyWithItsOwnCommitment() {
        Sealer sealer = new Sealer(master);
        Sealer.Sealed s = sealer.seal(payload, commitment);

        assertThat(sealer.open(s.nonce(), s.ciphertext(), s.wrappedKey(), commitment)).isEqualTo(payload);
        byte[] other = commitment.clone();
        other[0] ^= 1;
        assertThatThrownBy(() -> sealer.open(s.nonce(), s.ciphertext(), s.wrappedKey(), other)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theEntryKeyIsNotWrappedByTheMasterKeyItself() throws Exception {
        Sealer.Sealed s = new Sealer(master).seal(payload, commitment);
        byte[] w = s.wrappedKey();

        assertThat(w).hasSize(61);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(master, "AES"), new GCMParameterSpec(128, Arrays.copyOfRange(w, 1, 13)));
        c.updateAAD(commitment);
        assertThatThrownBy(() -> c.doFinal(Arrays.copyOfRange(w, 13, w.length))).isInstanceOf(javax.crypto.AEADBadTagException.class);
    }

    @Test
    void entriesSealedBeforeStillOpen() throws Exception {
        // The earlier form: the entry key wrapped by the master key, nonce first, no version byte.
        byte[] entryKey = new byte[32];
        Arrays.fill(entryKey, (byte) 9);
        byte[] nonce = new byte[12];
        byte[] keyNonce = new byte[12];
        keyNonce[0] = 1;
        byte[] ciphertext = gcm(entryKey, nonce, payload);
        byte[] wrapped = gcm(master, keyNonce, entryKey);
        byte[] old = Arrays.copyOf(keyNonce, 12 + wrapped.length);
        System.arraycopy(wrapped, 0, old, 12, wrapped.length);

        assertThat(old).hasSize(60);
        assertThat(new Sealer(master).open(nonce, ciphertext, old, commitment)).isEqualTo(payload);
    }

    private byte[] gcm(byte[] key, byte[] nonce, byte[] input) throws Exception {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        c.updateAAD(commitment);
        return c.doFinal(input);
    }
}
