package org.jointfunding.identity.keys;

import jakarta.enterprise.context.ApplicationScoped;
import org.jointfunding.identity.common.IdentityConfig;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * Encrypts private signing keys at rest: AES-256-GCM under a key derived from
 * {@code portal.keys.encryption-secret} with PBKDF2-HMAC-SHA256 and a per-key salt. The key id is the
 * associated data, so a sealed key cannot be swapped onto another row unnoticed.
 */
@ApplicationScoped
public class KeySealer {

    static final int MIN_SECRET_LENGTH = 16;
    private static final int PBKDF2_ITERATIONS = 210_000;
    private static final int GCM_TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final char[] secret;

    public KeySealer(IdentityConfig config) {
        String configured = config.keys().encryptionSecret().filter(s -> !s.isBlank()).orElseThrow(() ->
                new IllegalStateException("""
                        portal.keys.encryption-secret (environment variable PORTAL_KEYS_ENCRYPTION_SECRET) is not set. \
                        identity-service encrypts its private signing keys with it: set it to a long random value \
                        (for example the output of `openssl rand -base64 32`) and keep it the same across restarts."""));
        if (configured.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("portal.keys.encryption-secret (PORTAL_KEYS_ENCRYPTION_SECRET) must have at least "
                    + MIN_SECRET_LENGTH + " characters");
        }
        this.secret = configured.toCharArray();
    }

    public record Sealed(byte[] ciphertext, byte[] iv, byte[] salt) {
    }

    public Sealed seal(byte[] plain, String kid) {
        byte[] salt = randomBytes(16);
        byte[] iv = randomBytes(12);
        try {
            return new Sealed(cipher(Cipher.ENCRYPT_MODE, salt, iv, kid).doFinal(plain), iv, salt);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal signing key " + kid, e);
        }
    }

    public byte[] open(Sealed sealed, String kid) {
        try {
            return cipher(Cipher.DECRYPT_MODE, sealed.salt(), sealed.iv(), kid).doFinal(sealed.ciphertext());
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("Cannot decrypt signing key " + kid + ": portal.keys.encryption-secret"
                    + " (PORTAL_KEYS_ENCRYPTION_SECRET) is not the secret it was sealed with", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open signing key " + kid, e);
        }
    }

    private Cipher cipher(int mode, byte[] salt, byte[] iv, String kid) throws GeneralSecurityException {
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(secret, salt, PBKDF2_ITERATIONS, 256)).getEncoded();
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(GCM_TAG_BITS, iv));
        cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }
}
