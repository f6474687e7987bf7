package org.jointfunding.notification.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free port for the module's tests; the mailer is pointed at
 * it. Tests reach it through {@link #current()} to read what arrived, or to stop and start it.
 */
public class TestSmtpServer implements QuarkusTestResourceLifecycleManager {

    private static GreenMail server;
    private static ServerSetup setup;

    public static GreenMail current() {
        return server;
    }

    /** SMTP goes down: connections are refused until {@link #comeBack()}. */
    public static synchronized void goDown() {
        server.stop();
    }

    public static synchronized void comeBack() {
        server = new GreenMail(setup);
        server.start();
    }

    @Override
    public Map<String, String> start() {
        setup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        server = new GreenMail(setup);
        server.start();
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(setup.getPort()),
                "quarkus.mailer.tls", "false",
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
