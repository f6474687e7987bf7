package org.jointfunding.identity.common;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;
import java.util.function.Function;

/**
 * Argon2id for passwords, in PHC strings ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}). The
 * reference C implementation (libargon2 through argon2-jvm): a hash's memory (memory-kib) is
 * allocated outside the Java heap and freed when the hash is done, so sign-ins leave the collector
 * nothing to do. Hashes carry their own parameters, so raising the cost later keeps old hashes
 * verifiable (those written by password4j before included: same format). Each hash takes a core and
 * memory, and sign-in is open to anyone: at most {@code portal.argon2.max-concurrent} run at once,
 * the rest wait briefly and are then refused with a 503 problem. Callers hash outside any
 * transaction, so waiting never holds a connection.
 */
@ApplicationScoped
public class SecretHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2 argon2 = Argon2Factory.create(Argon2Types.ARGON2id, SALT_BYTES, HASH_BYTES);
    private final IdentityConfig.Argon2 cost;
    private final HashingCapacity capacity;
    /** Compared against when there is no stored hash, so "unknown" costs as much as "wrong". */
    private final String decoy;

    public SecretHasher(IdentityConfig config) {
        this.cost = config.argon2();
        this.capacity = new HashingCapacity(cost.maxConcurrent().orElse(Runtime.getRuntime().availableProcessors()), cost.queueTimeout());
        this.decoy = hashNow(UUID.randomUUID().toString());
    }

    public String hash(String secret) {
        return capacity.run(() -> hashNow(secret));
    }

    /**
     * {@code storedHash} may be null (unknown email or client): the decoy is checked instead. A hash
     * that is not Argon2id or not a PHC string matches nothing.
     */
    public boolean matches(String secret, String storedHash) {
        String hash = storedHash == null ? decoy : storedHash;
        boolean matches = capacity.run(() -> withChars(secret == null ? "" : secret, chars -> argon2.verify(hash, chars)));
        return storedHash != null && matches;
    }

    private String hashNow(String secret) {
        return withChars(secret, chars -> argon2.hash(cost.iterations(), cost.memoryKib(), cost.parallelism(), chars));
    }

    /** The library encodes the characters as UTF-8 and wipes its bytes; the characters are wiped here. */
    private <T> T withChars(String secret, Function<char[], T> work) {
        char[] chars = secret.toCharArray();
        try {
            return work.apply(chars);
        } finally {
            argon2.wipeArray(chars);
        }
    }
}
