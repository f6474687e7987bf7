package org.jointfunding.identity.accounts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.temporal.ChronoUnit;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jointfunding.identity.common.Backoff;
import org.jointfunding.identity.common.Role;
import org.jointfunding.kit.ApiProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A person who signs in, with its own lockout and enable/disable state machine. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Always lower-case: uniqueness and lookups ignore case. */
    @Column(nullable = false)
    public String email;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false)
    public String country;

    @Column(name = "password_hash", nullable = false)
    String passwordHash;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    String[] roles;

    @Column(name = "agency_code")
    public String agencyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    AccountStatus status;

    @Column(name = "failed_logins", nullable = false)
    int failedLogins;

    @Column(name = "locked_until")
    Instant lockedUntil;

    @Column(name = "last_failed_login_at")
    Instant lastFailedLoginAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    static Account create(String email, String displayName, String country, String passwordHash,
                          Set<Role> roles, String agencyCode, Instant now) {
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.email = normalizeEmail(email);
        account.displayName = displayName.strip();
        account.country = country;
        account.passwordHash = passwordHash;
        account.setRoles(roles);
        account.agencyCode = agencyCode;
        account.status = AccountStatus.ACTIVE;
        account.createdAt = now.truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        return account;
    }

    /** The account id an access token's subject names; an API client's subject ({@code client:...}) names none. */
    public static Optional<UUID> idOfSubject(String subject) {
        try {
            return Optional.of(UUID.fromString(subject));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public Set<Role> roles() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles).map(Role::valueOf).forEach(set::add);
        return set;
    }

    public AccountStatus status(Instant now) {
        if (status == AccountStatus.DISABLED) {
            return AccountStatus.DISABLED;
        }
        return isLocked(now) ? AccountStatus.LOCKED : AccountStatus.ACTIVE;
    }

    public boolean mayLogIn(Instant now) {
        return status(now) == AccountStatus.ACTIVE;
    }

    public boolean isDisabled() {
        return status == AccountStatus.DISABLED;
    }

    public String passwordHash() {
        return passwordHash;
    }

    /**
     * Counts a wrong password from an address this account has not signed in from (failures older
     * than {@code forgetAfter} no longer count) and returns the pause it starts for such addresses,
     * zero while the failures are free. Addresses the account has signed in from are not paused.
     */
    public Duration recordUnfamiliarFailure(Instant now, Backoff backoff, Duration forgetAfter) {
        if (lastFailedLoginAt == null || !lastFailedLoginAt.isAfter(now.minus(forgetAfter))) {
            failedLogins = 0;
        }
        failedLogins++;
        lastFailedLoginAt = now;
        Duration pause = backoff.after(failedLogins);
        if (!pause.isZero()) {
            lockedUntil = now.plus(pause);
        }
        return pause;
    }

    /** A new password proves the caller knows the old one: earlier failures no longer count. */
    public void changePassword(String newPasswordHash) {
        passwordHash = newPasswordHash;
        failedLogins = 0;
    }

    /** A new password set with an ADMIN's reset code: the person proved who they are, so a lockout ends too. */
    public void resetPassword(String newPasswordHash) {
        passwordHash = newPasswordHash;
        endLock();
    }

    void disable(Instant now) {
        if (status == AccountStatus.DISABLED) {
            throw ApiProblem.illegalTransition("account", status(now), "disable");
        }
        status = AccountStatus.DISABLED;
    }

    void enable(Instant now) {
        if (status != AccountStatus.DISABLED) {
            throw ApiProblem.illegalTransition("account", status(now), "enable");
        }
        status = AccountStatus.ACTIVE;
    }

    void unlock(Instant now) {
        if (status(now) != AccountStatus.LOCKED) {
            throw ApiProblem.illegalTransition("account", status(now), "unlock");
        }
        endLock();
    }

    private void endLock() {
        failedLogins = 0;
        lockedUntil = null;
        lastFailedLoginAt = null;
    }

    /** Sets what is given (null keeps the current value); returns what changed, as the audit trail tells it. */
    List<String> updateProfile(String newEmail, String newDisplayName, String newCountry) {
        List<String> changes = new ArrayList<>();
        if (newEmail != null && !normalizeEmail(newEmail).equals(email)) {
            changes.add("email " + email + " -> " + normalizeEmail(newEmail));
            email = normalizeEmail(newEmail);
        }
        if (newDisplayName != null && !newDisplayName.strip().equals(displayName)) {
            changes.add("displayName '" + displayName + "' -> '" + newDisplayName.strip() + "'");
            displayName = newDisplayName.strip();
        }
        if (newCountry != null && !newCountry.equals(country)) {
            changes.add("country " + country + " -> " + newCountry);
            country = newCountry;
        }
        return changes;
    }

    void grant(Set<Role> newRoles, String newAgencyCode) {
        setRoles(newRoles);
        agencyCode = newAgencyCode;
    }

    private boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    private void setRoles(Set<Role> newRoles) {
        this.roles = newRoles.stream().sorted().map(Role::name).toArray(String[]::new);
    }
}
