import io.undertow.Undertow;
import io.undertow.server.handlers.proxy.LoadBalancingProxyClient;
import io.undertow.server.handlers.proxy.ProxyHandler;

import java.net.URI;

/**
 * A second JVM proxy library for reference: Undertow's reverse proxy (XNIO, not Netty) alone, with
 * nothing else, kept connections to the upstream. Asks whether vertx-http-proxy's cost is the JVM's
 * or the library's.
 * java -cp "<undertow-core and its dependencies>/*" UndertowProxy.java <port> <upstream port> <io threads>
 */
public class UndertowProxy {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int upstream = Integer.parseInt(args[1]);
        int ioThreads = Integer.parseInt(args[2]);
        LoadBalancingProxyClient client = new LoadBalancingProxyClient()
                .addHost(new URI("http://127.0.0.1:" + upstream))
                .setConnectionsPerThread(64)
                .setMaxQueueSize(1024); // wait for a kept connection rather than answer 503
        ProxyHandler proxy = ProxyHandler.builder().setProxyClient(client).setMaxRequestTime(30_000).build();
        Undertow.builder().setIoThreads(ioThreads).addHttpListener(port, "127.0.0.1").setHandler(proxy).build().start();
    }
}
