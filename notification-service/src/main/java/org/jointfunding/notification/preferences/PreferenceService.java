package org.jointfunding.notification.preferences;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.kit.ETags;
import org.jointfunding.notification.notices.Kind;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

@ApplicationScoped
public class PreferenceService {

    public record Versioned(PreferencesView view, long version) {
    }

    private final Clock clock;

    public PreferenceService(Clock clock) {
        this.clock = clock;
    }

    public Versioned get(String accountId) {
        return view(Preference.of(accountId));
    }

    /** Replaces the settings if {@code ifMatch} names the version last read (settings never saved are version 0). */
    @Transactional
    public Versioned put(String accountId, String ifMatch, PreferencesView request) {
        Preference preference = Preference.of(accountId);
        ETags.requireMatch(ifMatch, version(preference));
        preference.language = request.language();
        preference.emailOff.clear();
        preference.emailOff.addAll(request.emailOff());
        preference.updatedAt = clock.instant();
        if (!preference.isPersistent()) {
            preference.persist();
        }
        Preference.flush();
        return view(preference);
    }

    private static Versioned view(Preference p) {
        Set<Kind> off = new TreeSet<>(p.emailOff);
        return new Versioned(new PreferencesView(p.language, off, EnumSet.allOf(Kind.class)), version(p));
    }

    /** Settings never saved are version 0; once saved, the stored version counts from 1. */
    private static long version(Preference p) {
        return p.isPersistent() ? p.version + 1 : 0;
    }
}
