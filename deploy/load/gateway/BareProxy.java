import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.httpproxy.HttpProxy;

/**
 * The proxy library alone, for reference: vertx-http-proxy on plain Vert.x, one verticle and one
 * client per event loop, no routing, checks, headers or metrics. Shows how much of the gateway's
 * cost is the library and how much is the gateway's own work.
 * java -cp "<gateway>/lib/main/*" BareProxy.java <port> <upstream port> <event loops>
 */
public class BareProxy extends AbstractVerticle {

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int upstream = Integer.parseInt(args[1]);
        int loops = Integer.parseInt(args[2]);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops));
        vertx.deployVerticle(() -> new BareProxy(port, upstream), new DeploymentOptions().setInstances(loops))
                .onFailure(e -> { e.printStackTrace(); System.exit(1); });
    }

    private final int port;
    private final int upstream;

    BareProxy(int port, int upstream) {
        this.port = port;
        this.upstream = upstream;
    }

    @Override
    public void start() {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(64));
        HttpProxy proxy = HttpProxy.reverseProxy(client).origin(upstream, "127.0.0.1");
        vertx.createHttpServer().requestHandler(proxy).listen(port, "127.0.0.1");
    }
}
