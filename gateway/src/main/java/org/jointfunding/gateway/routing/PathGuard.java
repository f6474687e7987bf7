package org.jointfunding.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.jointfunding.gateway.problem.Problem;

import java.util.regex.Pattern;

/**
 * Stops what must never reach a service: service-to-service endpoints ({@code /internal/**} and any
 * {@code /api/<service>/internal/**}) and paths with matrix parameters, which some servers resolve
 * differently from the gateway ({@code /..;/}). A path not in normal form ({@code ..}, {@code //},
 * needlessly encoded characters) is refused too, so the path checked here is exactly the path the
 * service receives.
 */
public class PathGuard implements Handler<RoutingContext> {

    private static final Pattern INTERNAL = Pattern.compile("(?i)^(/api/[^/]+)?/internal(/.*)?$");

    @Override
    public void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.indexOf(';') >= 0) {
            new Problem(400, "unsupported-path", "Bad request", "Matrix parameters (';') are not accepted in paths").send(ctx);
        } else if (!path.equals(ctx.request().path())) {
            new Problem(400, "unsupported-path", "Bad request", "The path is not in normal form; send " + path).send(ctx);
        } else if (isInternal(path)) {
            Problem.notFound("No such endpoint: " + path).send(ctx);
        } else {
            ctx.next();
        }
    }

    public static boolean isInternal(String normalizedPath) {
        return INTERNAL.matcher(normalizedPath).matches();
    }
}
