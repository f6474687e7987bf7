package org.jointfunding.identity;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jointfunding.testkit.Traces;
import org.jointfunding.testkit.Traces.Trace;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** With tracing switched on, a caller's W3C trace context is continued and each request is a span of it. */
@QuarkusTest
class TracingTest {

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aRequestContinuesTheCallersTrace() throws InterruptedException {
        Trace trace = Trace.start();
        given().header("traceparent", trace.traceparent()).get("/api/identity/jwks").then().statusCode(200);

        SpanData server = Traces.serverSpan(spans, trace);
        assertEquals(trace.callerSpanId(), server.getParentSpanId());
        assertEquals("GET /api/identity/jwks", server.getName());
        assertEquals("identity-service", server.getResource().getAttribute(AttributeKey.stringKey("service.name")));
    }
}
