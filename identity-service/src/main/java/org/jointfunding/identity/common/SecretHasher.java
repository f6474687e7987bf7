package org.jointfunding.identity.common;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Argon2id (password4j) for passwords. Hashes carry their own parameters, so raising the cost later
 * keeps old hashes verifiable. Each hash takes a core and memory, and sign-in is open to anyone: at
 * most {@code portal.argon2.max-concurrent} run at once, the rest wait briefly and are then refused
 * with a 503 problem. Callers hash outside any transaction, so waiting never holds a connection.
 */
@ApplicationScoped
public class SecretHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2Function argon2;
    private final HashingCapacity capacity;
    /** Compared against when there is no stored hash, so "unknown" costs as much as "wrong". */
    private final String decoy;

    public SecretHasher(IdentityConfig config) {
        IdentityConfig.Argon2 cost = config.argon2();
        this.argon2 = Argon2Function.getInstance(cost.memoryKib(), cost.iterations(), cost.parallelism(),
                HASH_BYTES, Argon2.ID);
        this.capacity = new HashingCapacity(cost.maxConcurrent().orElse(Runtime.getRuntime().availableProcessors()), cost.queueTimeout());
        this.decoy = Password.hash(UUID.randomUUID().toString()).addRandomSalt(SALT_BYTES).with(argon2).getResult();
    }

    public String hash(String secret) {
        return capacity.run(() -> Password.hash(secret).addRandomSalt(SALT_BYTES).with(argon2).getResult());
    }

    /** {@code storedHash} may be null (unknown email or client): the decoy is checked instead. */
    public boolean matches(String secret, String storedHash) {
        String hash = storedHash == null ? decoy : storedHash;
        boolean matches = capacity.run(() -> Password.check(secret == null ? "" : secret, hash)
                .with(Argon2Function.getInstanceFromHash(hash)));
        return storedHash != null && matches;
    }
}
