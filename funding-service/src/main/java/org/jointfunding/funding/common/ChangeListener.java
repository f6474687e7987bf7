package org.jointfunding.funding.common;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.ObserverMethod;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * Hears the database announce changes (the NOTIFYs of triggers, sent when the transaction that made the change
 * commits) on every channel {@link KeptReads} was asked for, and hands them to it. It holds one connection of
 * its own, outside the pool. While it is not connected, {@link KeptReads} keeps nothing; it reconnects after
 * 1 s, then waits up to 30 s between attempts.
 */
@ApplicationScoped
class ChangeListener {

    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    /** How long one wait for notifications lasts: how long a stop may wait for this thread. */
    private static final int WAIT_MILLIS = 1_000;
    /** How often a quiet connection is checked: one lost without a word (a firewall, a failover) fails the check. */
    private static final long CHECK_MILLIS = 30_000;

    private final KeptReads kept;
    private final PGSimpleDataSource database = new PGSimpleDataSource();
    private final boolean enabled;
    private volatile boolean running;
    private Thread thread;

    ChangeListener(KeptReads kept,
                   @ConfigProperty(name = "portal.kept-reads.enabled", defaultValue = "true") boolean enabled,
                   @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                   @ConfigProperty(name = "quarkus.datasource.username") String user,
                   @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.kept = kept;
        this.enabled = enabled;
        database.setURL(url);
        database.setUser(user);
        password.ifPresent(database::setPassword);
        database.setApplicationName("funding-service change listener");
    }

    /** After the {@code @Startup} beans, which say what they keep and which channels to hear, at the default priority. */
    void start(@Observes @Priority(ObserverMethod.DEFAULT_PRIORITY + 100) StartupEvent started) {
        if (!enabled) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (thread == null) {
            return;
        }
        running = false;
        thread.join(2 * WAIT_MILLIS);
    }

    private void listen() {
        Duration pause = Duration.ofSeconds(1);
        while (running) {
            try (Connection listening = database.getConnection(); Statement statement = listening.createStatement()) {
                for (String channel : kept.channels()) {
                    statement.execute("LISTEN " + channel);
                }
                kept.listening(true);
                if (pause.getSeconds() > 1) {
                    LOG.info("Hearing changes again: frequent reads are answered from memory again");
                }
                pause = Duration.ofSeconds(1);
                PGConnection notifications = listening.unwrap(PGConnection.class);
                long checked = System.currentTimeMillis();
                while (running) {
                    PGNotification[] heard = notifications.getNotifications(WAIT_MILLIS);
                    if (heard != null) {
                        for (PGNotification notification : heard) {
                            kept.heard(notification.getName(), notification.getParameter());
                        }
                    }
                    if (System.currentTimeMillis() - checked > CHECK_MILLIS) {
                        statement.execute("select 1");
                        checked = System.currentTimeMillis();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                kept.listening(false);
                if (running) {
                    LOG.warnf("Not hearing changes (%s): every read goes to the database; trying again in %d s",
                            e.getMessage(), pause.getSeconds());
                    pause = sleep(pause);
                }
            }
        }
    }

    private Duration sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        Duration doubled = pause.multipliedBy(2);
        return doubled.getSeconds() > 30 ? Duration.ofSeconds(30) : doubled;
    }
}
