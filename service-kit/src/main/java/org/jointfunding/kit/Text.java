package org.jointfunding.kit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Text a service accepts is text PostgreSQL can store and a person can read: no control characters
 * other than tab, line feed and carriage return (PostgreSQL refuses NUL outright), and no lone
 * UTF-16 surrogate (the driver would store it as "?"). Checked in one place for every string of a
 * JSON body (values and object keys) and every query, path, form and header parameter, before any
 * of our code runs: a 400 problem naming the field.
 */
public final class Text {

    static final String REFUSED = "must not contain control characters or invalid Unicode";

    private Text() {
    }

    /** The value itself, if it is acceptable text. */
    public static String checked(String field, String value) {
        if (value != null && !isAcceptable(value)) {
            throw ApiProblem.invalidField(field, REFUSED);
        }
        return value;
    }

    public static boolean isAcceptable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Every String read from JSON, as a value or as an object key, is checked. */
    @Singleton
    public static class InJson implements ObjectMapperCustomizer {

        @Override
        public void customize(ObjectMapper mapper) {
            mapper.registerModule(new SimpleModule("portal-text")
                    .addDeserializer(String.class, new Values())
                    .addKeyDeserializer(String.class, new Keys()));
        }

        private static final class Values extends StdScalarDeserializer<String> {
            Values() {
                super(String.class);
            }

            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                return checked(path(parser.getParsingContext()), StringDeserializer.instance.deserialize(parser, context));
            }
        }

        private static final class Keys extends KeyDeserializer {
            @Override
            public Object deserializeKey(String key, DeserializationContext context) {
                return checked(path(context.getParser().getParsingContext().getParent()), key);
            }
        }

        /** "partners[1].name", as ProblemMapper names JSON fields. */
        private static String path(JsonStreamContext at) {
            Deque<String> parts = new ArrayDeque<>();
            for (JsonStreamContext c = at; c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray()) {
                    parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
                } else if (c.getCurrentName() != null) {
                    parts.push(c.getCurrentName());
                }
            }
            StringBuilder path = new StringBuilder();
            for (String part : parts) {
                path.append(path.isEmpty() || part.startsWith("[") ? "" : ".").append(part);
            }
            return path.isEmpty() ? "body" : path.toString();
        }
    }

    /** Query, path, form and header parameters read as strings are checked under their own names. */
    @Provider
    public static class InParameters implements ParamConverterProvider {

        @Override
        @SuppressWarnings("unchecked")
        public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
            if (rawType != String.class) {
                return null;
            }
            String name = null;
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    name = q.value();
                } else if (a instanceof PathParam p) {
                    name = p.value();
                } else if (a instanceof FormParam f) {
                    name = f.value();
                } else if (a instanceof HeaderParam h) {
                    name = h.value();
                }
            }
            if (name == null) {
                return null;
            }
            String field = name;
            return (ParamConverter<T>) new ParamConverter<String>() {
                @Override
                public String fromString(String value) {
                    return checked(field, value);
                }

                @Override
                public String toString(String value) {
                    return value;
                }
            };
        }
    }
}
