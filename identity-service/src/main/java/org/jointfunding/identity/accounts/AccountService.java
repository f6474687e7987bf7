package org.jointfunding.identity.accounts;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.jointfunding.identity.audit.AuditTrail;
import org.jointfunding.identity.audit.AuditType;
import org.jointfunding.identity.common.AgencyCode;
import org.jointfunding.kit.Countries;
import org.jointfunding.kit.ETags;
import org.jointfunding.kit.Page;
import org.jointfunding.identity.common.Role;
import org.jointfunding.identity.common.SecretHasher;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Problem;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/** Registration, the caller's own account, and what ADMINs do to accounts. */
@ApplicationScoped
public class AccountService {

    private final SecretHasher hasher;
    private final AuditTrail audit;
    private final Event<AccountDisabled> disabled;
    private final Clock clock;

    public AccountService(SecretHasher hasher, AuditTrail audit, Event<AccountDisabled> disabled, Clock clock) {
        this.hasher = hasher;
        this.audit = audit;
        this.disabled = disabled;
        this.clock = clock;
    }

    /**
     * A registration checked and its password hashed, ready for {@link #register(Registration)}. Runs
     * outside any transaction, so that Argon2 never holds a pooled connection.
     */
    public Registration prepare(RegistrationRequest request) {
        String email = Account.normalizeEmail(request.email());
        List<Problem.FieldError> errors = new ArrayList<>(PasswordPolicy.check("password", request.password(), email));
        if (!Countries.isKnown(request.country())) {
            errors.add(new Problem.FieldError("country", "must be an ISO 3166-1 alpha-2 code such as MY or IR"));
        }
        if (!Role.SELF_SERVICE.contains(request.role())) {
            errors.add(new Problem.FieldError("role", "must be STARTUP or MENTOR; other roles are granted by an ADMIN"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new Registration(new Registration.Details(email, request.displayName(), request.country(), request.role()),
                hasher.hash(request.password()));
    }

    /** Writes a prepared registration; an email already taken (in any case) is a 409. */
    @Transactional
    public AccountView register(Registration registration) {
        Registration.Details details = registration.details();
        if (findByEmail(details.email()).isPresent()) {
            throw ApiProblem.conflict("email-taken", "An account with this email already exists")
                    .with("field", "email");
        }
        Account account = Account.create(details.email(), details.displayName(), details.country(), registration.passwordHash(),
                Set.of(details.role()), null, clock.instant());
        account.persist();
        audit.event(AuditType.ACCOUNT_REGISTERED).actor(account.id.toString()).target(account.id)
                .transition(null, AccountStatus.ACTIVE).detail("role=" + details.role()).write();
        return flushedView(account);
    }

    public AccountView get(UUID id) {
        return view(require(id));
    }

    /** The caller's account; an API client's subject ({@code client:...}) has none. */
    public AccountView me(String subject) {
        return view(require(Account.idOfSubject(subject).orElseThrow(() -> ApiProblem.notFound("account for subject", subject))));
    }

    /**
     * The caller's own name and country, if the account is still at the version {@code ifMatch} names;
     * new tokens carry them, tokens already issued keep the old ones until they expire.
     */
    @Transactional
    public AccountView updateProfile(String subject, ProfileUpdate update, String ifMatch) {
        Account account = require(Account.idOfSubject(subject).orElseThrow(() -> ApiProblem.notFound("account for subject", subject)));
        return update(account, null, update.displayName(), update.country(), ifMatch, subject);
    }

    /** An ADMIN's correction, the login email included (its owner signs in with the new one and the same password). */
    @Transactional
    public AccountView updateAccount(UUID id, AccountUpdate update, String ifMatch, String admin) {
        return update(require(id), update.email(), update.displayName(), update.country(), ifMatch, admin);
    }

    private AccountView update(Account account, String email, String displayName, String country, String ifMatch, String actor) {
        if (country != null && !Countries.isKnown(country)) {
            throw ApiProblem.invalidField("country", "must be an ISO 3166-1 alpha-2 code such as MY or IR");
        }
        ETags.requireMatch(ifMatch, account.version);
        if (email != null && !Account.normalizeEmail(email).equals(account.email) && findByEmail(email).isPresent()) {
            throw ApiProblem.conflict("email-taken", "An account with this email already exists").with("field", "email");
        }
        List<String> changes = account.updateProfile(email, displayName, country);
        if (changes.isEmpty()) {
            return view(account);
        }
        audit.event(AuditType.PROFILE_UPDATED).actor(actor).target(account.id).detail(String.join("; ", changes)).write();
        return flushedView(account);
    }

    public Page<AccountView> list(String emailContains, Role role, AccountStatus status, int limit, int offset) {
        var query = query(emailContains, role, status);
        Instant now = clock.instant();
        return Page.read(query, limit, offset).map(a -> AccountView.of(a, now));
    }

    /** Pages of CSV rows for a streamed export, each read in a transaction of its own. */
    public IntFunction<List<List<Object>>> exporter(String emailContains, Role role, AccountStatus status, int pageSize) {
        return offset -> QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            return query(emailContains, role, status).range(offset, offset + pageSize - 1).list().stream()
                    .map(a -> AccountView.of(a, now).csvRow()).toList();
        });
    }

    /** An agency's reviewers who can sign in now, by name: whom its admin may assign. */
    public Page<Account> reviewersOf(String agency, int limit, int offset) {
        var query = query(null, Role.REVIEWER, AccountStatus.ACTIVE, agency, Sort.ascending("displayName", "email"));
        return Page.read(query, limit, offset);
    }

    /** Every active AGENCY_ADMIN of the agency (a few per agency), for notices to the agency. */
    public List<Account> adminsOf(String agency) {
        return query(null, Role.AGENCY_ADMIN, AccountStatus.ACTIVE, agency, Sort.ascending("email")).list();
    }

    private PanacheQuery<Account> query(String emailContains, Role role, AccountStatus status) {
        return query(emailContains, role, status, null, Sort.ascending("email"));
    }

    private PanacheQuery<Account> query(String emailContains, Role role, AccountStatus status, String agency, Sort sort) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (agency != null) {
            where.add("agencyCode = :agency");
            params.and("agency", agency);
        }
        if (emailContains != null && !emailContains.isBlank()) {
            where.add("email like :email escape '\\'");
            params.and("email", "%" + emailContains.strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (role != null) {
            where.add("array_contains(roles, :role)");
            params.and("role", role.name());
        }
        if (status != null) {
            where.add(switch (status) {
                case ACTIVE -> "status = :active and (lockedUntil is null or lockedUntil <= :now)";
                case LOCKED -> "status = :active and lockedUntil > :now";
                case DISABLED -> "status = :disabled";
            });
            if (status == AccountStatus.DISABLED) {
                params.and("disabled", AccountStatus.DISABLED);
            } else {
                params.and("active", AccountStatus.ACTIVE).and("now", clock.instant());
            }
        }
        return Account.find(where.isEmpty() ? "1 = 1" : String.join(" and ", where), sort, params);
    }

    @Transactional
    public AccountView grantRoles(UUID id, RoleGrant grant, String ifMatch, String actor) {
        Account account = require(id);
        ETags.requireMatch(ifMatch, account.version);
        String agency = checkedAgency(grant.roles(), grant.agency());
        if (account.roles().contains(Role.ADMIN) && !grant.roles().contains(Role.ADMIN)) {
            requireAnotherAdmin(account);
        }
        String before = describe(account.roles(), account.agencyCode);
        account.grant(grant.roles(), agency);
        audit.event(AuditType.ROLES_CHANGED).actor(actor).target(account.id)
                .transition(before, describe(grant.roles(), agency)).write();
        return flushedView(account);
    }

    @Transactional
    public AccountView disable(UUID id, StatusChange change, String actor) {
        Account account = require(id);
        AccountStatus from = account.status(clock.instant());
        if (account.roles().contains(Role.ADMIN) && !account.isDisabled()) {
            requireAnotherAdmin(account);
        }
        account.disable(clock.instant());
        disabled.fire(new AccountDisabled(account.id));
        audit.event(AuditType.ACCOUNT_DISABLED).actor(actor).target(account.id)
                .transition(from, AccountStatus.DISABLED).detail(reason(change)).write();
        return flushedView(account);
    }

    @Transactional
    public AccountView enable(UUID id, StatusChange change, String actor) {
        Account account = require(id);
        account.enable(clock.instant());
        audit.event(AuditType.ACCOUNT_ENABLED).actor(actor).target(account.id)
                .transition(AccountStatus.DISABLED, account.status(clock.instant())).detail(reason(change)).write();
        return flushedView(account);
    }

    @Transactional
    public AccountView unlock(UUID id, StatusChange change, String actor) {
        Account account = require(id);
        account.unlock(clock.instant());
        audit.event(AuditType.ACCOUNT_UNLOCKED).actor(actor).target(account.id)
                .transition(AccountStatus.LOCKED, AccountStatus.ACTIVE).detail(reason(change)).write();
        return flushedView(account);
    }

    public Optional<Account> findByEmail(String email) {
        return Account.find("email", Account.normalizeEmail(email)).firstResultOptional();
    }

    static String checkedAgency(Set<Role> roles, String agency) {
        boolean needsAgency = roles.stream().anyMatch(Role.AGENCY_BOUND::contains);
        if (needsAgency && !AgencyCode.isValid(agency)) {
            throw ApiProblem.invalidField("agency", "REVIEWER and AGENCY_ADMIN need an agency code such as MY-MIDA");
        }
        if (!needsAgency && agency != null) {
            throw ApiProblem.invalidField("agency", "only REVIEWER and AGENCY_ADMIN accounts belong to an agency");
        }
        return agency;
    }

    private void requireAnotherAdmin(Account account) {
        long others = Account.count("array_contains(roles, :admin) and status <> :disabled and id <> :id",
                Parameters.with("admin", Role.ADMIN.name()).and("disabled", AccountStatus.DISABLED).and("id", account.id));
        if (others == 0) {
            throw ApiProblem.conflict("last-admin", "This is the last enabled ADMIN; grant ADMIN to someone else first");
        }
    }

    private static Account require(UUID id) {
        return Account.<Account>findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("account", id));
    }

    private AccountView flushedView(Account account) {
        Panache.getEntityManager().flush(); // the view must show the new version
        return view(account);
    }

    private AccountView view(Account account) {
        return AccountView.of(account, clock.instant());
    }

    private static String reason(StatusChange change) {
        return change == null ? null : change.reason();
    }

    private static String describe(Set<Role> roles, String agency) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","))
                + (agency == null ? "" : "@" + agency);
    }
}
