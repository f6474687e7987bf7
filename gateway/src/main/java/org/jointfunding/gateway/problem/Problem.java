package org.jointfunding.gateway.problem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * An RFC 9457 problem document answered by the gateway itself, shaped like the services' own
 * ({@code type} {@code /problems/<slug>}, {@code title}, {@code status}, {@code detail}).
 */
public record Problem(int status, String slug, String title, String detail, JsonObject extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, new JsonObject());
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "not-found", "Not found", detail);
    }

    public static Problem unauthorized(String detail) {
        return new Problem(401, "unauthorized", "Unauthorized", detail);
    }

    public Problem with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public JsonObject toJson(String instance) {
        JsonObject json = new JsonObject()
                .put("type", "/problems/" + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (instance != null) {
            json.put("instance", instance);
        }
        return json.mergeIn(extensions);
    }

    public Buffer toBuffer(String instance) {
        return toJson(instance).toBuffer();
    }

    /** Ends the exchange with this problem; the request body, if any, is discarded. */
    public void send(RoutingContext ctx) {
        Buffer body = toBuffer(ctx.request().path());
        ctx.request().resume();
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(body);
    }
}
