package org.jointfunding.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.NetSocket;

import java.net.BindException;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP relay in front of the local Redis, on a port of its own, that a test can cut (closing every
 * connection through it, as a Redis that stops would) and open again: Redis going away and coming back,
 * without touching the Redis other tests use.
 */
final class RedisRelay implements AutoCloseable {

    private final Vertx vertx;
    private final NetClient redis;
    private final int port = LocalRedis.freePort();
    private final Set<NetSocket> sockets = ConcurrentHashMap.newKeySet();
    private NetServer server;

    RedisRelay(Vertx vertx) {
        this.vertx = vertx;
        this.redis = vertx.createNetClient();
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Listens again on its port; the connections the last cut closed may hold it a moment, so it tries a few times. */
    void open() {
        for (int attempt = 1; ; attempt++) {
            NetServer relay = vertx.createNetServer(new NetServerOptions().setReuseAddress(true)).connectHandler(in -> {
                in.pause();
                sockets.add(in);
                redis.connect(6379, "127.0.0.1").onSuccess(out -> {
                    sockets.add(out);
                    out.pipeTo(in);
                    in.pipeTo(out);
                }).onFailure(failure -> in.close());
            });
            try {
                server = relay.listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().orTimeout(5, TimeUnit.SECONDS).join();
                return;
            } catch (CompletionException e) {
                if (!(e.getCause() instanceof BindException) || attempt == 20) {
                    throw e;
                }
                relay.close();
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
            }
        }
    }

    void cut() {
        if (server != null) {
            server.close().toCompletionStage().toCompletableFuture().orTimeout(5, TimeUnit.SECONDS).join();
            server = null;
        }
        sockets.forEach(NetSocket::close);
        sockets.clear();
    }

    @Override
    public void close() {
        cut();
        redis.close();
    }
}
