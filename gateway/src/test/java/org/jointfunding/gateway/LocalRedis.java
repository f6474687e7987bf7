package org.jointfunding.gateway;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.jointfunding.gateway.GatewayConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;

/**
 * The Redis the tests use: 127.0.0.1:6379 without a password (deploy/local/test.sh starts it), with a
 * key prefix of their own per run so that runs sharing it never meet; and a connection of the test's own
 * to look at the keys the gateway writes.
 */
final class LocalRedis implements AutoCloseable {

    static final String URL = "redis://127.0.0.1:6379";

    private final RedisClient client = RedisClient.create(URL);
    private final StatefulRedisConnection<String, String> connection = client.connect();

    /** A prefix no other run and no other test class uses. */
    static String newKeyPrefix() {
        return "portal:gateway:rl:test-" + UUID.randomUUID().toString().substring(0, 8) + ":";
    }

    /** A URL where nothing listens: a port just freed. */
    static String closedPortUrl() {
        return "redis://127.0.0.1:" + freePort();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RedisCommands<String, String> commands() {
        return connection.sync();
    }

    /** Milliseconds the key has left: -2 when it does not exist, -1 when it never expires. */
    long pttl(String key) {
        return commands().pttl(key);
    }

    boolean exists(String key) {
        return commands().exists(key) == 1;
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    /** {@link GatewayConfig.Redis} as a value, for stores made by a test. */
    record Settings(String url, String keyPrefix, Duration timeout, Duration retryInterval) implements GatewayConfig.Redis {
    }
}
