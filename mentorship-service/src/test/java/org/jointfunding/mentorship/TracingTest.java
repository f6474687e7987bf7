package org.jointfunding.mentorship;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jointfunding.testkit.TestTokens;
import org.jointfunding.testkit.Traces;
import org.jointfunding.testkit.Traces.Trace;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** With tracing switched on, a caller's W3C trace context is continued and each request is a span of it. */
@QuarkusTest
class TracingTest {

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aRequestContinuesTheCallersTraceUnderItsRouteTemplate() throws InterruptedException {
        Trace trace = Trace.start();
        given().header("traceparent", trace.traceparent()).header("Authorization", TestTokens.user("STARTUP").bearer())
                .get("/api/mentorship/programs/" + UUID.randomUUID()).then().statusCode(404);

        SpanData server = Traces.serverSpan(spans, trace);
        assertEquals(trace.callerSpanId(), server.getParentSpanId());
        assertEquals("GET /api/mentorship/programs/{id}", server.getName()); // one name per endpoint, not per id
        assertEquals(404L, server.getAttributes().get(AttributeKey.longKey("http.response.status_code")));
        assertEquals("mentorship-service", server.getResource().getAttribute(AttributeKey.stringKey("service.name")));
    }
}
