package org.jointfunding.funding.calls;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
import java.util.UUID;

/**
 * Hears the database announce changes to calls (channel {@code call_changed}, sent by the triggers of migration
 * V12 when a transaction that changed a call commits) and drops what {@link CallViews} keeps of them. It holds one
 * connection of its own, outside the pool. While it is not connected, {@link CallViews} keeps nothing; it
 * reconnects after 1 s, then waits up to 30 s between attempts.
 */
@ApplicationScoped
class CallChangeListener {

    private static final Logger LOG = Logger.getLogger(CallChangeListener.class);
    static final String CHANNEL = "call_changed";
    /** How long one wait for notifications lasts: how long a stop may wait for this thread. */
    private static final int WAIT_MILLIS = 1_000;
    /** How often a quiet connection is checked: one lost without a word (a firewall, a failover) fails the check. */
    private static final long CHECK_MILLIS = 30_000;

    private final CallViews views;
    private final PGSimpleDataSource database = new PGSimpleDataSource();
    private final boolean enabled;
    private volatile boolean running;
    private Thread thread;

    CallChangeListener(CallViews views,
                       @ConfigProperty(name = "portal.calls.cache.enabled", defaultValue = "true") boolean enabled,
                       @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                       @ConfigProperty(name = "quarkus.datasource.username") String user,
                       @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.views = views;
        this.enabled = enabled;
        database.setURL(url);
        database.setUser(user);
        password.ifPresent(database::setPassword);
        database.setApplicationName("funding-service call-change listener");
    }

    void start(@Observes StartupEvent started) {
        if (!enabled) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "call-change-listener");
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
                statement.execute("LISTEN " + CHANNEL);
                views.listening(true);
                if (pause.getSeconds() > 1) {
                    LOG.info("Hearing changes to calls again: calls are read from memory again");
                }
                pause = Duration.ofSeconds(1);
                PGConnection notifications = listening.unwrap(PGConnection.class);
                long checked = System.currentTimeMillis();
                while (running) {
                    PGNotification[] heard = notifications.getNotifications(WAIT_MILLIS);
                    if (heard != null) {
                        for (PGNotification notification : heard) {
                            heard(notification.getParameter());
                        }
                    }
                    if (System.currentTimeMillis() - checked > CHECK_MILLIS) {
                        statement.execute("select 1");
                        checked = System.currentTimeMillis();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                views.listening(false);
                if (running) {
                    LOG.warnf("Not hearing changes to calls (%s): every read of a call goes to the database; trying again in %d s",
                            e.getMessage(), pause.getSeconds());
                    pause = sleep(pause);
                }
            }
        }
    }

    private void heard(String call) {
        if ("*".equals(call)) {
            views.dropAll();
        } else {
            views.drop(UUID.fromString(call));
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
