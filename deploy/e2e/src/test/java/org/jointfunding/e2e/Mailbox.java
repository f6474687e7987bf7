package org.jointfunding.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A real SMTP server (GreenMail) in the test JVM, where notification-service sends its e-mails. */
final class Mailbox {

    /** Kept referenced: GreenMail logs a line for every new address it sees, thousands per run. */
    private static final Logger USER_MANAGER_LOG = Logger.getLogger("com.icegreen.greenmail.user.UserManager");

    private static Mailbox instance;

    private final GreenMail server;
    private final int port;

    static synchronized Mailbox get() {
        if (instance == null) {
            instance = new Mailbox();
            Runtime.getRuntime().addShutdownHook(new Thread(instance.server::stop));
        }
        return instance;
    }

    private Mailbox() {
        USER_MANAGER_LOG.setLevel(Level.WARNING);
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    int port() {
        return port;
    }

    /** The e-mails received so far for this address. */
    List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
