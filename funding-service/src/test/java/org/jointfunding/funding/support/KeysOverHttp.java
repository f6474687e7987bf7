package org.jointfunding.funding.support;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.jointfunding.testkit.TestTokens;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A JWKS served over HTTP, as identity-service serves its own, so that smallrye-jwt caches and
 * re-reads it as it does in production. The served document is the file named by the
 * {@code funding.test.jwks-file} setting: a test writes the keys it wants published there.
 * The verifier grants 1 s of clock skew past {@code exp} here (smallrye-jwt's least: 0 means its
 * default, 60 s), so a test sees a token expire within seconds.
 */
public class KeysOverHttp implements QuarkusTestResourceLifecycleManager {

    public static final int CLOCK_SKEW_SECONDS = 1;

    private HttpServer server;
    private Path jwks;

    @Override
    public Map<String, String> start() {
        try {
            jwks = Files.createTempFile("served-jwks", ".json");
            Files.writeString(jwks, "{\"keys\":[]}");
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/jwks", exchange -> {
            byte[] body = Files.readAllBytes(jwks);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return Map.of(
                "mp.jwt.verify.publickey.location", "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks",
                "mp.jwt.verify.issuer", TestTokens.ISSUER,
                "mp.jwt.verify.audiences", TestTokens.AUDIENCE,
                "mp.jwt.verify.clock.skew", String.valueOf(CLOCK_SKEW_SECONDS),
                "funding.test.jwks-file", jwks.toString());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        try {
            if (jwks != null) {
                Files.deleteIfExists(jwks);
            }
        } catch (IOException ignored) {
            // a temp file left behind is harmless
        }
    }
}
