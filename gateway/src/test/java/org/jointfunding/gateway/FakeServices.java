package org.jointfunding.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Four real HTTP services on random loopback ports standing in for identity, funding,
 * mentorship and notifications. Each echoes what it received as JSON; identity also serves the {@link TestKeys} JWKS.
 * {@code /api/funding/slow/**} never answers. A service can be stopped and started again on its
 * port to show the gateway's failure handling and recovery.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    static final List<String> NAMES = List.of("identity", "funding", "mentorship", "notifications");

    private static final Vertx VERTX = Vertx.vertx();
    private static final Map<String, HttpServer> SERVERS = new ConcurrentHashMap<>();
    private static final Map<String, Integer> PORTS = new ConcurrentHashMap<>();
    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new java.util.HashMap<>();
        for (String name : NAMES) {
            HttpServer server = listen(name, 0);
            PORTS.put(name, server.actualPort());
            config.put("gateway.upstreams." + name + ".url", "http://127.0.0.1:" + server.actualPort());
        }
        return config;
    }

    @Override
    public void stop() {
        SERVERS.values().forEach(server -> server.close().toCompletionStage().toCompletableFuture().join());
        SERVERS.clear();
    }

    /** Every request line ("METHOD uri") the fake services received, in order. */
    static List<String> received() {
        return RECEIVED;
    }

    static boolean receivedAnyContaining(String marker) {
        return RECEIVED.stream().anyMatch(line -> line.contains(marker));
    }

    static void stopService(String name) {
        HttpServer server = SERVERS.remove(name);
        server.close().toCompletionStage().toCompletableFuture().join();
    }

    static void startService(String name) {
        listen(name, PORTS.get(name));
    }

    private static HttpServer listen(String name, int port) {
        Router router = Router.router(VERTX);
        router.get("/q/health/ready").handler(ctx -> ctx.json(new JsonObject().put("status", "UP")));
        router.get("/q/openapi").handler(ctx -> ctx.json(openApiOf(name)));
        if (name.equals("identity")) {
            router.get("/api/identity/jwks").handler(ctx -> ctx.json(TestKeys.jwks()));
        }
        // refuses an upload at once, unread, as a service does with a body over its limit
        router.post("/api/funding/uploads").handler(ctx -> ctx.response().setStatusCode(413)
                .putHeader("Connection", "close").putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject().put("type", "/problems/payload-too-large").put("status", 413).encode()));
        router.route("/api/funding/slow/*").handler(ctx -> RECEIVED.add(ctx.request().method() + " " + ctx.request().uri()));
        router.route().handler(ctx -> {
            RECEIVED.add(ctx.request().method() + " " + ctx.request().uri());
            ctx.request().body().onSuccess(body -> {
                JsonObject headers = new JsonObject();
                ctx.request().headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
                JsonArray repeated = new JsonArray();
                ctx.request().headers().names().stream().filter(n -> ctx.request().headers().getAll(n).size() > 1)
                        .forEach(n -> repeated.add(n.toLowerCase()));
                ctx.response().putHeader("X-Request-Id", "set-by-the-service");
                ctx.json(new JsonObject()
                        .put("service", name)
                        .put("method", ctx.request().method().name())
                        .put("uri", ctx.request().uri())
                        .put("headers", headers)
                        .put("repeatedHeaders", repeated)
                        .put("bodyLength", body.length())
                        .put("body", body.toString()));
            });
        });
        HttpServer server = VERTX.createHttpServer().requestHandler(router).listen(port, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().join();
        SERVERS.put(name, server);
        return server;
    }

    private static JsonObject openApiOf(String name) {
        String schema = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "View";
        JsonObject ref = new JsonObject().put("$ref", "#/components/schemas/" + schema);
        JsonObject ok = new JsonObject().put("description", "OK")
                .put("content", new JsonObject().put("application/json", new JsonObject().put("schema", ref)));
        JsonObject problem = new JsonObject().put("description", "Bad input")
                .put("content", new JsonObject().put("application/problem+json", new JsonObject()
                        .put("schema", new JsonObject().put("$ref", "#/components/schemas/Problem"))));
        JsonObject get = new JsonObject().put("tags", new JsonArray().add(name))
                .put("responses", new JsonObject().put("200", ok).put("400", problem));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", name).put("version", "1"))
                .put("tags", new JsonArray().add(new JsonObject().put("name", name)))
                .put("paths", new JsonObject().put("/api/" + name + "/things", new JsonObject().put("get", get))
                        // what a service's contract holds and the gateway must not publish
                        .put("/internal/events", new JsonObject().put("post", new JsonObject()
                                .put("parameters", new JsonArray().add(new JsonObject().put("name", "X-Service-Credential").put("in", "header")))
                                .put("requestBody", new JsonObject().put("content", new JsonObject().put("application/json",
                                        new JsonObject().put("schema", new JsonObject().put("$ref", "#/components/schemas/InboundEvent")))))
                                .put("responses", new JsonObject().put("204", new JsonObject().put("description", "Taken"))))))
                .put("components", new JsonObject().put("schemas", new JsonObject()
                        .put(schema, new JsonObject().put("type", "object"))
                        .put("InboundEvent", new JsonObject().put("type", "object"))
                        .put("Problem", new JsonObject().put("type", "object"))));
    }
}
