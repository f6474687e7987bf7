package org.jointfunding.identity.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.identity.accounts.Account;
import org.jointfunding.identity.audit.AuditTrail;
import org.jointfunding.identity.audit.AuditType;
import org.jointfunding.identity.tokens.RefreshTokens;
import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Page;

import java.util.List;
import java.util.UUID;

/**
 * A person's own sessions: see where they are signed in and end a session they do not recognise, or
 * every session but the one they are using. Ending one revokes its refresh tokens; access tokens
 * already issued run out within their lifetime.
 */
@ApplicationScoped
public class Sessions {

    private final RefreshTokens refreshTokens;
    private final AuditTrail audit;

    public Sessions(RefreshTokens refreshTokens, AuditTrail audit) {
        this.refreshTokens = refreshTokens;
        this.audit = audit;
    }

    @Transactional
    public Page<SessionView> list(String subject, String currentSession, int limit, int offset) {
        List<SessionView> all = refreshTokens.activeSessionsOf(accountOf(subject)).stream()
                .map(s -> new SessionView(s.id(), s.lastActiveAt(), s.expiresAt(), s.userAgent(), s.id().toString().equals(currentSession)))
                .toList();
        return new Page<>(all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())), all.size(), limit, offset);
    }

    @Transactional
    public void end(String subject, UUID session) {
        UUID account = accountOf(subject);
        boolean active = refreshTokens.activeSessionsOf(account).stream().anyMatch(s -> s.id().equals(session));
        if (!active) { // someone else's, already ended or expired: all look the same
            throw ApiProblem.notFound("session", session);
        }
        refreshTokens.revokeFamily(session);
        audit.event(AuditType.LOGGED_OUT).actor(subject).target(account).detail("session " + session + " ended from the session list").write();
    }

    /** Ends every session of the account but {@code keep}; returns how many. */
    @Transactional
    public int endOthers(String subject, String keep) {
        UUID account = accountOf(subject);
        List<UUID> others = refreshTokens.activeSessionsOf(account).stream().map(RefreshTokens.ActiveSession::id)
                .filter(id -> !id.toString().equals(keep)).toList();
        others.forEach(refreshTokens::revokeFamily);
        if (!others.isEmpty()) {
            audit.event(AuditType.LOGGED_OUT).actor(subject).target(account)
                    .detail(others.size() + " other session(s) ended from the session list").write();
        }
        return others.size();
    }

    private static UUID accountOf(String subject) {
        return Account.idOfSubject(subject).orElseThrow(() -> ApiProblem.notFound("account for subject", subject));
    }
}
