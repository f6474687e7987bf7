package org.jointfunding.testkit;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Tracing in the services' tests: the spans of traced requests are kept in memory (this bean is the
 * exporter) and a test starts a trace the way a caller does, with a W3C traceparent header.
 */
@Singleton
public class Traces {

    @Produces
    @Singleton
    static InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }

    /** A caller's sampled trace: its id and the span the request is sent from. */
    public record Trace(String traceId, String callerSpanId) {

        public static Trace start() {
            return new Trace(hex(16), hex(8));
        }

        public String traceparent() {
            return "00-" + traceId + "-" + callerSpanId + "-01";
        }
    }

    /** The span in which the service served that trace's request; spans are exported in batches, so it waits. */
    public static SpanData serverSpan(InMemorySpanExporter spans, Trace trace) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            for (SpanData span : spans.getFinishedSpanItems()) {
                if (span.getTraceId().equals(trace.traceId()) && span.getKind() == SpanKind.SERVER) {
                    return span;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no server span was exported for trace " + trace.traceId());
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
