package org.jointfunding.identity.housekeeping;

import org.jointfunding.kit.jobs.FinishedBeforeShutdown;
import org.jointfunding.kit.jobs.RunningJobs;
import org.jointfunding.kit.jobs.OncePerPeriod;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jointfunding.identity.login.PasswordResets;
import org.jointfunding.identity.login.SignInThrottle;
import org.jointfunding.identity.tokens.RefreshTokens;

import java.time.Clock;

/**
 * Deletes what no request can use any more, so the tables do not grow without bound: refresh tokens
 * past their expiry (every refresh adds one), expired password-reset codes, wrong passwords that no
 * longer count and addresses no longer familiar. The audit trail keeps the history. Idempotency
 * records past {@code portal.idempotency.retention} are service-kit's: its {@code Idempotency} sweeps
 * them itself, as in every service.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    private final RefreshTokens refreshTokens;
    private final PasswordResets resets;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final OncePerPeriod once;

    public Housekeeping(RefreshTokens refreshTokens, PasswordResets resets, SignInThrottle throttle, Clock clock, OncePerPeriod once) {
        this.refreshTokens = refreshTokens;
        this.resets = resets;
        this.throttle = throttle;
        this.clock = clock;
        this.once = once;
    }

    public record Forgotten(long refreshTokens, long passwordResets, long signInRecords) {
    }

    @Transactional
    public Forgotten forgetExpired() {
        return new Forgotten(refreshTokens.forgetExpired(), resets.forgetExpired(), throttle.forgetExpired(clock.instant()));
    }

    @FinishedBeforeShutdown
    @Scheduled(identity = "identity-housekeeping", every = "${portal.housekeeping-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = RunningJobs.Stopping.class)
    void sweep(ScheduledExecution execution) {
        once.run(execution, () -> {
            Forgotten forgotten = forgetExpired();
            if (forgotten.refreshTokens() + forgotten.passwordResets() + forgotten.signInRecords() > 0) {
                LOG.infof("Deleted %d expired refresh token(s), %d password reset(s), %d sign-in record(s)",
                        forgotten.refreshTokens(), forgotten.passwordResets(), forgotten.signInRecords());
            }
        });
    }
}
