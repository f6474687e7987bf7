package org.jointfunding.funding.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Vert.x refuses a body over {@code quarkus.http.limits.max-body-size} before JAX-RS sees it, with
 * a bare 413. This route answers a declared oversize body first, as a problem document.
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::rejectOversizeBodies);
    }

    private void rejectOversizeBodies(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && isNumber(length) && Long.parseLong(length) > maxBodySize.asLongValue()) {
            context.response().setStatusCode(413)
                    .putHeader("Content-Type", "application/problem+json")
                    .putHeader("Connection", "close")
                    .end("{\"type\":\"/problems/payload-too-large\",\"title\":\"Payload too large\",\"status\":413,"
                            + "\"detail\":\"The request body is larger than " + maxBodySize.asLongValue() + " bytes\","
                            + "\"instance\":\"" + context.request().path().replace("\"", "") + "\"}");
            return;
        }
        context.next();
    }

    private static boolean isNumber(String value) {
        return !value.isEmpty() && value.length() < 19 && value.chars().allMatch(Character::isDigit);
    }
}
