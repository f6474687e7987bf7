package org.jointfunding.notification.preferences;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jointfunding.notification.notices.Kind;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A person's language for e-mails and the kinds they want no e-mail for; absent means English and every e-mail. */
@Entity
@Table(name = "preference")
public class Preference extends PanacheEntityBase {

    public static final String DEFAULT_LANGUAGE = "en";

    @Id
    @Column(name = "account_id")
    public String accountId;

    public String language;

    @ElementCollection
    @CollectionTable(name = "preference_email_off", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "kind")
    @Enumerated(EnumType.STRING)
    public Set<Kind> emailOff = new HashSet<>();

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public static Preference of(String accountId) {
        Preference found = findById(accountId);
        if (found != null) {
            return found;
        }
        Preference defaults = new Preference();
        defaults.accountId = accountId;
        defaults.language = DEFAULT_LANGUAGE;
        return defaults;
    }

    public boolean wantsEmail(Kind kind) {
        return !emailOff.contains(kind);
    }

    public Set<Kind> emailOn() {
        Set<Kind> on = EnumSet.allOf(Kind.class);
        on.removeAll(emailOff);
        return on;
    }
}
