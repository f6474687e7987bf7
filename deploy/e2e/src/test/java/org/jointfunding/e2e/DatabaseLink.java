package org.jointfunding.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The services' way to PostgreSQL in these tests: a TCP relay that a test can cut, which is what a
 * database restart looks like from a service (every connection broken, new ones refused, then
 * accepted again), without touching the server other tests use or needing its OS account.
 */
final class DatabaseLink {

    private final String host;
    private final int port;
    private final int listenPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private ServerSocket server;

    DatabaseLink(String host, int port) {
        this.host = host;
        this.port = port;
        try (ServerSocket probe = new ServerSocket(0)) {
            this.listenPort = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        restore();
    }

    int port() {
        return listenPort;
    }

    /** Breaks every connection and refuses new ones until {@link #restore}. */
    synchronized void cut() {
        close(server);
        server = null;
        sockets.forEach(DatabaseLink::close);
        sockets.clear();
    }

    synchronized void restore() {
        if (server != null) {
            return;
        }
        try {
            ServerSocket listening = new ServerSocket();
            listening.setReuseAddress(true);
            listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listenPort));
            server = listening;
            daemon("database-link-accept", () -> accept(listening));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket database;
                try {
                    database = new Socket(host, port);
                } catch (IOException refused) {
                    close(client);
                    continue;
                }
                client.setTcpNoDelay(true);
                database.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(database);
                daemon("database-link-up", () -> pump(client, database));
                daemon("database-link-down", () -> pump(database, client));
            } catch (IOException e) {
                // closed by cut(): no more connections until restore()
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // one side went away: the other follows below
        } finally {
            close(from);
            close(to);
            sockets.remove(from);
            sockets.remove(to);
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception ignored) {
            // already closed
        }
    }
}
