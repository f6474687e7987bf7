package org.jointfunding.kit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The SHA-256 by which {@link Idempotency} tells a retry from another request: the operation and
 * the request as canonical JSON (map keys sorted, a set's items sorted, since a {@code HashSet} read
 * from the same body may iterate in another order after a restart). A list keeps its order: it means
 * something.
 */
final class RequestHash {

    private final ObjectMapper canonical;

    RequestHash(ObjectMapper json) {
        this.canonical = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .registerModule(new SimpleModule("canonical-sets").addSerializer(new SortedSet()));
    }

    String of(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update(canonical.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class SortedSet extends StdSerializer<Set> {

        SortedSet() {
            super(Set.class);
        }

        @Override
        public void serialize(Set set, JsonGenerator gen, SerializerProvider provider) throws IOException {
            List<Object> items = ((Set<Object>) set).stream().sorted(Comparator.comparing(String::valueOf)).toList();
            gen.writeStartArray();
            for (Object item : items) {
                provider.defaultSerializeValue(item, gen);
            }
            gen.writeEndArray();
        }
    }
}
