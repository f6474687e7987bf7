import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The proxy library alone, for reference: vertx-http-proxy on plain Vert.x, one verticle and one
 * client per event loop, no routing, checks, headers or metrics. Shows how much of the gateway's
 * cost is the library and how much is the gateway's own work.
 * <p>
 * With a fourth argument {@code headers}, it also writes the headers the gateway writes on a public
 * API route, with values of the same length, and nothing else (no routing, no checks, no metrics):
 * a request id, the client address and the forwarded headers on the way in; the request id, the
 * four security headers and the four rate-limit headers on the way out. It shows how much of the
 * gateway's cost over the library is those headers' bytes and maps rather than the framework.
 * java -cp "<gateway>/lib/main/*" BareProxy.java <port> <upstream port> <event loops> [headers]
 */
public class BareProxy extends AbstractVerticle {

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int upstream = Integer.parseInt(args[1]);
        int loops = Integer.parseInt(args[2]);
        boolean headers = args.length > 3 && args[3].equals("headers");
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops));
        vertx.deployVerticle(() -> new BareProxy(port, upstream, headers), new DeploymentOptions().setInstances(loops))
                .onFailure(e -> { e.printStackTrace(); System.exit(1); });
    }

    private final int port;
    private final int upstream;
    private final boolean headers;

    BareProxy(int port, int upstream, boolean headers) {
        this.port = port;
        this.upstream = upstream;
        this.headers = headers;
    }

    @Override
    public void start() {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(64));
        HttpProxy proxy = HttpProxy.reverseProxy(client).origin(upstream, "127.0.0.1");
        if (headers) {
            proxy.addInterceptor(new Forwarded());
            vertx.createHttpServer().requestHandler(request -> {
                String id = requestId();
                request.headers().set(REQUEST_ID, id);
                request.headers().set(CLIENT_ADDRESS, request.connection().remoteAddress().hostAddress());
                request.response().headersEndHandler(v -> {
                    MultiMap out = request.response().headers();
                    out.set(REQUEST_ID, id);
                    for (CharSequence[] header : SECURITY) {
                        if (!out.contains(header[0])) {
                            out.set(header[0], header[1]);
                        }
                    }
                    out.set(LIMIT, LIMIT_VALUE);
                    out.set(REMAINING, Long.toString(999_999_999L - ThreadLocalRandom.current().nextInt(1000)));
                    out.set(RESET, Long.toString(1 + ThreadLocalRandom.current().nextInt(60)));
                    out.set(POLICY, POLICY_VALUE);
                });
                proxy.handle(request);
            }).listen(port, "127.0.0.1");
        } else {
            vertx.createHttpServer().requestHandler(proxy).listen(port, "127.0.0.1");
        }
    }

    // the gateway's header names and default values, encoded once as the gateway does
    private static final CharSequence REQUEST_ID = HttpHeaders.createOptimized("X-Request-Id");
    private static final CharSequence CLIENT_ADDRESS = HttpHeaders.createOptimized("X-Client-Address");
    private static final CharSequence[][] SECURITY = {
            {HttpHeaders.createOptimized("X-Content-Type-Options"), HttpHeaders.createOptimized("nosniff")},
            {HttpHeaders.createOptimized("Referrer-Policy"), HttpHeaders.createOptimized("no-referrer")},
            {HttpHeaders.createOptimized("X-Frame-Options"), HttpHeaders.createOptimized("DENY")},
            {HttpHeaders.createOptimized("Content-Security-Policy"), HttpHeaders.createOptimized("frame-ancestors 'none'")},
    };
    private static final CharSequence LIMIT = HttpHeaders.createOptimized("RateLimit-Limit");
    private static final CharSequence REMAINING = HttpHeaders.createOptimized("RateLimit-Remaining");
    private static final CharSequence RESET = HttpHeaders.createOptimized("RateLimit-Reset");
    private static final CharSequence POLICY = HttpHeaders.createOptimized("RateLimit-Policy");
    private static final CharSequence LIMIT_VALUE = HttpHeaders.createOptimized("1000000000");
    private static final CharSequence POLICY_VALUE = HttpHeaders.createOptimized("1000000000;w=60");
    private static final CharSequence FOR = HttpHeaders.createOptimized("X-Forwarded-For");
    private static final CharSequence PROTO = HttpHeaders.createOptimized("X-Forwarded-Proto");
    private static final CharSequence HOST = HttpHeaders.createOptimized("X-Forwarded-Host");

    /** A version-4 UUID from ThreadLocalRandom, as the gateway makes them. */
    private static String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
    }

    /** X-Forwarded-For, -Proto and -Host as the gateway's ForwardedHeaders writes them. */
    private static final class Forwarded implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            ProxyRequest request = context.request();
            HttpServerRequest incoming = request.proxiedRequest();
            String peer = incoming.connection().remoteAddress().hostAddress();
            String chain = request.headers().get(FOR);
            request.putHeader(FOR, chain == null || chain.isBlank() ? peer : chain + ", " + peer);
            request.putHeader(PROTO, incoming.scheme());
            if (incoming.authority() != null) {
                request.setAuthority(incoming.authority());
                request.putHeader(HOST, incoming.authority().toString());
            }
            return context.sendRequest();
        }
    }
}
