import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;

/**
 * The benchmark's service: answers GET /api/funding/calls (a public read route of the portal)
 * with a fixed 591-byte JSON list, and /q/health/ready with UP. Run as a single-file program on
 * the gateway's own Vert.x jars: java -cp "<gateway>/lib/main/*" BenchUpstream.java <port>
 */
public class BenchUpstream extends AbstractVerticle {

    static final Buffer CALLS = Buffer.buffer(body());

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        vertx.deployVerticle(() -> new BenchUpstream(port), new DeploymentOptions().setInstances(2))
                .onSuccess(id -> System.out.println("bench upstream listening on 127.0.0.1:" + port))
                .onFailure(e -> { e.printStackTrace(); System.exit(1); });
    }

    private final int port;

    BenchUpstream(int port) {
        this.port = port;
    }

    @Override
    public void start() {
        vertx.createHttpServer().requestHandler(request -> {
            if (request.path().equals("/q/health/ready")) {
                request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
            } else if (request.path().equals("/api/funding/calls")) {
                request.response().putHeader("Content-Type", "application/json").end(CALLS);
            } else {
                request.response().setStatusCode(404).end();
            }
        }).listen(port, "127.0.0.1");
    }

    private static String body() {
        String call = "{\"id\":\"4f1c2a9e-0000-4000-8000-00000000000%d\",\"title\":\"MY-IR Joint Call %d\","
                + "\"state\":\"OPEN\",\"closesAt\":\"2026-12-31T23:59:59Z\",\"sectors\":[\"fintech\",\"agritech\"]}";
        StringBuilder json = new StringBuilder("{\"items\":[");
        int i = 1;
        while (true) {
            String next = call.formatted(i, i);
            String tail = "],\"total\":" + i + ",\"limit\":20,\"offset\":0}";
            if (json.length() + next.length() + tail.length() + 1 > 591) {
                break;
            }
            json.append(i > 1 ? "," : "").append(next);
            i++;
        }
        json.append("],\"total\":").append(i - 1).append(",\"limit\":20,\"offset\":0}");
        String padded = json.toString();
        // pad the last title so the body is exactly 591 bytes, the size of the reference measurements
        int missing = 591 - padded.length();
        return missing > 0 ? padded.replace("Joint Call " + (i - 1), "Joint Call " + (i - 1) + " ".repeat(missing)) : padded;
    }
}
