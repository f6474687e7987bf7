package org.jointfunding.identity.keys;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.identity.audit.AuditTrail;
import org.jointfunding.identity.audit.AuditType;
import org.jointfunding.kit.ApiProblem;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

/** The signing keys in the database: creation, rotation and the published (CURRENT + PREVIOUS) set. */
@ApplicationScoped
public class SigningKeyStore {

    /** Serialises key creation and rotation across replicas (pg advisory lock id). */
    private static final long KEY_LOCK = 0x4a46_5000_0001L;

    private final KeySealer sealer;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SigningKeyStore(KeySealer sealer, AuditTrail audit, Clock clock) {
        this.sealer = sealer;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * On first start there is no key yet: make one. Asked in SQL: at start, Hibernate's first query
     * parse (HQL) would cost a tenth of a second before the service is ready.
     */
    @Transactional
    public void ensureCurrentKey() {
        lock();
        boolean hasCurrent = (Boolean) Panache.getEntityManager()
                .createNativeQuery("select exists (select 1 from signing_key where status = 'CURRENT')").getSingleResult();
        if (!hasCurrent) {
            SigningKey key = create();
            audit.event(AuditType.KEY_CREATED).actor(AuditTrail.SYSTEM).target(key.kid).transition(null, KeyStatus.CURRENT).write();
        }
    }

    /** CURRENT becomes PREVIOUS, PREVIOUS becomes RETIRED, a new key becomes CURRENT. */
    @Transactional
    public Rotation rotate(String actor) {
        lock();
        List<SigningKey> published = published();
        published.stream().filter(k -> k.status == KeyStatus.PREVIOUS).forEach(k -> {
            k.stepDown(clock.instant());
            audit.event(AuditType.KEY_ROTATED).actor(actor).target(k.kid).transition(KeyStatus.PREVIOUS, KeyStatus.RETIRED).write();
        });
        String previous = null;
        for (SigningKey k : published) {
            if (k.status == KeyStatus.CURRENT) {
                k.stepDown(clock.instant());
                previous = k.kid;
                audit.event(AuditType.KEY_ROTATED).actor(actor).target(k.kid).transition(KeyStatus.CURRENT, KeyStatus.PREVIOUS).write();
            }
        }
        Panache.getEntityManager().flush(); // the one-CURRENT index must see the step-down first
        SigningKey fresh = create();
        audit.event(AuditType.KEY_ROTATED).actor(actor).target(fresh.kid).transition(null, KeyStatus.CURRENT).write();
        return new Rotation(fresh.kid, previous);
    }

    /**
     * A compromised key retired in one step: tokens it signed stop verifying at once. Revoking the
     * CURRENT key puts a new one in its place (the PREVIOUS one, if any, stays).
     */
    @Transactional
    public Rotation revoke(String kid, String actor, String reason) {
        lock();
        SigningKey key = SigningKey.<SigningKey>find("kid", kid).firstResultOptional()
                .filter(k -> k.status != KeyStatus.RETIRED)
                .orElseThrow(() -> ApiProblem.notFound("published signing key", kid));
        KeyStatus from = key.status;
        key.revoke(clock.instant());
        audit.event(AuditType.KEY_REVOKED).actor(actor).target(kid).transition(from, KeyStatus.RETIRED).detail(reason).write();
        Panache.getEntityManager().flush(); // the one-CURRENT index must see the revocation first
        if (from == KeyStatus.CURRENT) {
            SigningKey fresh = create();
            audit.event(AuditType.KEY_CREATED).actor(actor).target(fresh.kid).transition(null, KeyStatus.CURRENT)
                    .detail("replaces revoked " + kid).write();
        }
        SigningKey current = SigningKey.<SigningKey>find("status", KeyStatus.CURRENT).firstResult();
        String previous = SigningKey.<SigningKey>find("status", KeyStatus.PREVIOUS).firstResultOptional().map(k -> k.kid).orElse(null);
        return new Rotation(current.kid, previous);
    }

    /** Keys that verify tokens, CURRENT first. In SQL, as the start asks for them too (see ensureCurrentKey). */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<SigningKey> published() {
        return Panache.getEntityManager().createNativeQuery("""
                select * from signing_key where status in ('CURRENT', 'PREVIOUS') order by status, created_at desc""",
                SigningKey.class).getResultList();
    }

    public record Rotation(String currentKid, String previousKid) {
    }

    private SigningKey create() {
        KeyPair pair = generate();
        SigningKey key = new SigningKey();
        key.kid = newKid();
        key.publicKey = pair.getPublic().getEncoded();
        KeySealer.Sealed sealed = sealer.seal(pair.getPrivate().getEncoded(), key.kid);
        key.privateKeySealed = sealed.ciphertext();
        key.privateKeyIv = sealed.iv();
        key.privateKeySalt = sealed.salt();
        key.status = KeyStatus.CURRENT;
        key.createdAt = clock.instant();
        key.persist();
        return key;
    }

    private String newKid() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void lock() {
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(:id)")
                .setParameter("id", KEY_LOCK).getSingleResult();
    }
}
