package org.jointfunding.identity.accounts;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jointfunding.identity.audit.AuditTrail;
import org.jointfunding.identity.audit.AuditType;
import org.jointfunding.identity.common.IdentityConfig;
import org.jointfunding.identity.common.Role;
import org.jointfunding.identity.common.SecretHasher;
import org.jointfunding.kit.Problem;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates the first ADMIN from {@code portal.bootstrap-admin.*} on a start that finds no ADMIN. Once
 * any ADMIN exists the settings are ignored, so changing them later changes nothing.
 */
@ApplicationScoped
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);
    private static final long BOOTSTRAP_LOCK = 0x4a46_5000_0002L;

    private final IdentityConfig config;
    private final SecretHasher hasher;
    private final AuditTrail audit;
    private final Clock clock;

    public BootstrapAdmin(IdentityConfig config, SecretHasher hasher, AuditTrail audit, Clock clock) {
        this.config = config;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        bootstrap(config.bootstrapAdmin());
    }

    /** The settings are read only when an ADMIN is needed: once one exists they may be left as they are. */
    @Transactional
    void bootstrap(IdentityConfig.BootstrapAdmin admin) {
        if (admin.email().isEmpty()) {
            return;
        }
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(:id)")
                .setParameter("id", BOOTSTRAP_LOCK).getSingleResult();
        // in SQL: at every start, Hibernate's first parse of this query would cost a tenth of a second
        boolean hasAdmin = (Boolean) Panache.getEntityManager()
                .createNativeQuery("select exists (select 1 from account where roles @> array[cast(:admin as text)])")
                .setParameter("admin", Role.ADMIN.name()).getSingleResult();
        if (hasAdmin) {
            return;
        }
        String email = admin.email().get();
        String password = admin.password().orElseThrow(() -> new IllegalStateException(
                "portal.bootstrap-admin.email is set but portal.bootstrap-admin.password (PORTAL_BOOTSTRAP_ADMIN_PASSWORD) is not"));
        List<Problem.FieldError> weak = PasswordPolicy.check("password", password, email);
        if (!weak.isEmpty()) {
            throw new IllegalStateException("portal.bootstrap-admin.password (PORTAL_BOOTSTRAP_ADMIN_PASSWORD) "
                    + weak.stream().map(Problem.FieldError::message).collect(Collectors.joining(" and ")));
        }
        if (Account.count("email", Account.normalizeEmail(email)) > 0) {
            LOG.warnf("No ADMIN exists, but %s is already registered: not bootstrapping an ADMIN", email);
            return;
        }
        Account account = Account.create(email, admin.displayName(), admin.country(), hasher.hash(password),
                Set.of(Role.ADMIN), null, clock.instant());
        account.persist();
        audit.event(AuditType.ADMIN_BOOTSTRAPPED).actor(AuditTrail.SYSTEM).target(account.id)
                .transition(null, AccountStatus.ACTIVE).detail("email=" + account.email).write();
        LOG.infof("Created the first ADMIN account %s", account.email);
    }
}
