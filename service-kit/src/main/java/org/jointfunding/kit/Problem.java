package org.jointfunding.kit;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document, served as {@code application/problem+json}. {@code type} is a stable
 * relative URI ({@code /problems/<slug>}) that scripts may switch on; the slugs are listed in
 * docs/API.md.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    public final String type;
    public final String title;
    public final int status;
    public final String detail;
    public String instance;
    public final List<FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    /**
     * One offending input: {@code field} is the JSON path or parameter name; {@code message} is English.
     * {@code code} (a constraint name such as {@code Size}, or a rule such as {@code partner-country-missing})
     * and its {@code params} let a client say the same in the user's language.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record FieldError(String field, String message, String code, Map<String, Object> params) {

        public FieldError(String field, String message) {
            this(field, message, null, Map.of());
        }

        public FieldError {
            params = params == null ? Map.of() : Map.copyOf(params);
        }
    }

    public Problem(String slug, String title, int status, String detail, List<FieldError> errors) {
        this.type = "/problems/" + slug;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public Problem with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }
}
