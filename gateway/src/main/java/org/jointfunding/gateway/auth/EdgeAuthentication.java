package org.jointfunding.gateway.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.jointfunding.gateway.problem.Problem;
import org.jointfunding.gateway.endpoints.EndpointPatterns;

/**
 * The edge wall: a call to a protected route without a valid access token is answered 401 here and
 * never reaches a service. Public routes pass untouched. The services verify tokens again.
 * On success the token subject is kept in the context under {@link #SUBJECT} for rate limiting.
 */
public class EdgeAuthentication implements Handler<RoutingContext> {

    public static final String SUBJECT = "gateway.subject";

    private final AccessTokenVerifier verifier;
    private final EndpointPatterns publicRoutes;

    public EdgeAuthentication(AccessTokenVerifier verifier, EndpointPatterns publicRoutes) {
        this.verifier = verifier;
        this.publicRoutes = publicRoutes;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (publicRoutes.matches(ctx.request().method().name(), ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            refuse(ctx, "Bearer", "This endpoint needs an access token (Authorization: Bearer <token>)");
            return;
        }
        String token = authorization.substring(7).trim();
        // verification may fetch the JWKS: keep it off the event loop; the request stays paused
        ctx.vertx().<JWTClaimsSet>executeBlocking(() -> verifier.verify(token), false).onComplete(result -> {
            if (result.succeeded()) {
                ctx.put(SUBJECT, result.result().getSubject());
                ctx.next();
            } else {
                refuse(ctx, "Bearer error=\"invalid_token\"", "The access token is not valid: " + result.cause().getMessage());
            }
        });
    }

    private static void refuse(RoutingContext ctx, String challenge, String detail) {
        ctx.response().putHeader("WWW-Authenticate", challenge);
        Problem.unauthorized(detail).send(ctx);
    }
}
