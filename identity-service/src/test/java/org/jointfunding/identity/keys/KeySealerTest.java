package org.jointfunding.identity.keys;

import org.jointfunding.identity.common.IdentityConfig;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeySealerTest {

    private static final byte[] PRIVATE_KEY = "pretend PKCS#8 bytes".getBytes(StandardCharsets.UTF_8);

    @Test
    void sealedKeysOpenWithTheSameSecretAndKid() {
        KeySealer sealer = sealer("a-secret-of-enough-length");
        KeySealer.Sealed sealed = sealer.seal(PRIVATE_KEY, "kid-1");
        assertFalse(new String(sealed.ciphertext(), StandardCharsets.UTF_8).contains("PKCS"));
        assertArrayEquals(PRIVATE_KEY, sealer.open(sealed, "kid-1"));
        assertArrayEquals(PRIVATE_KEY, sealer("a-secret-of-enough-length").open(sealed, "kid-1"), "survives a restart");
    }

    @Test
    void anotherSecretOrAnotherKidCannotOpenIt() {
        KeySealer.Sealed sealed = sealer("a-secret-of-enough-length").seal(PRIVATE_KEY, "kid-1");
        IllegalStateException wrongSecret = assertThrows(IllegalStateException.class,
                () -> sealer("another-secret-of-enough-length").open(sealed, "kid-1"));
        assertTrue(wrongSecret.getMessage().contains("PORTAL_KEYS_ENCRYPTION_SECRET"));
        assertThrows(IllegalStateException.class, () -> sealer("a-secret-of-enough-length").open(sealed, "kid-2"));
    }

    @Test
    void aMissingOrShortSecretStopsTheStartWithAClearMessage() {
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> sealer(null));
        assertTrue(missing.getMessage().startsWith(
                "portal.keys.encryption-secret (environment variable PORTAL_KEYS_ENCRYPTION_SECRET) is not set"), missing.getMessage());
        assertThrows(IllegalStateException.class, () -> sealer(" "));
        assertThrows(IllegalStateException.class, () -> sealer("short"));
    }

    /** Only keys().encryptionSecret() is read by the sealer. */
    static KeySealer sealer(String secret) {
        IdentityConfig.Keys keys = () -> Optional.ofNullable(secret);
        IdentityConfig config = (IdentityConfig) Proxy.newProxyInstance(IdentityConfig.class.getClassLoader(),
                new Class<?>[]{IdentityConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("keys")) {
                        return keys;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new KeySealer(config);
    }
}
