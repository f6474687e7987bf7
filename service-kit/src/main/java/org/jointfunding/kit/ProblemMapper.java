package org.jointfunding.kit;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The one place where exceptions become RFC 9457 problem documents. Expected failures arrive as
 * {@link ApiProblem}; the rest is classified here so that bad input is always a 4xx and only a
 * real defect is a 500 (logged, detail hidden).
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    /** PostgreSQL's lock_timeout (55P03) and statement_timeout (57014): waiting was cut short, nothing went wrong. */
    private static final Set<String> TIMED_OUT = Set.of("55P03", "57014");
    /** PostgreSQL shutting down, restarting or refusing connections (class 08, the connection's own failures, is checked apart). */
    private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "53300");
    private static final Set<String> CONSTRAINT_PARAMS = Set.of("min", "max", "value", "integer", "fraction", "inclusive");

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    /** Needs quarkus.http.auth.proactive=false, so that a bad token fails inside the REST layer and lands here. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(Exception e, UriInfo uri) {
        Problem problem = new Problem("unauthorized", "Unauthorized", 401,
                "A valid bearer access token is required (missing, expired or invalid)", null);
        return Response.fromResponse(respond(problem, uri)).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem("forbidden", "Forbidden", 403, "Your role does not allow this", null), uri);
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        return respond(classify(e), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        return respond(classify(e), uri);
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class,
            JsonMappingException.class, MismatchedInputException.class})
    public Response unreadableJson(Exception e, UriInfo uri) {
        return respond(classify(e), uri);
    }

    @ServerExceptionMapper
    public Response anything(Throwable e, UriInfo uri) {
        return respond(classify(e), uri);
    }

    static Problem classify(Throwable thrown) {
        // The most telling cause wins, wherever it sits in the chain: frameworks wrap a JSON parse
        // error in a generic 400 and a database error in a transaction rollback, and the JSON parser
        // wraps an ApiProblem thrown while the body is read (BodyLimit).
        for (Throwable e = thrown; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof ApiProblem problem) {
                return problem.problem();
            }
        }
        for (Throwable e = thrown; e != null; e = e.getCause() == e ? null : e.getCause()) {
            Problem known = known(e);
            if (known != null) {
                return known;
            }
        }
        for (Throwable e = thrown; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof WebApplicationException web && web.getResponse().getStatus() == 413) {
                // the REST layer's form parser: a form field over quarkus.http.limits.max-form-attribute-size
                return new Problem("payload-too-large", "Payload too large", 413,
                        "The request body, or one of its form fields, is larger than this endpoint accepts", null);
            }
            if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
                Response.StatusType type = web.getResponse().getStatusInfo();
                return new Problem(slug(type.getReasonPhrase()), type.getReasonPhrase(), type.getStatusCode(), web.getMessage(), null);
            }
        }
        LOG.error("Unexpected failure", thrown);
        return new Problem("internal", "Internal error", 500, "An unexpected error occurred; it has been logged", null);
    }

    private static Problem known(Throwable e) {
        if (e instanceof ConstraintViolationException violations) {
            return invalid(violations);
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = jsonPath(mismatch);
            return new Problem("validation", "Invalid input", 400,
                    "The request body does not match the expected shape" + (field.isEmpty() ? "" : " at " + field),
                    field.isEmpty() ? null : List.of(new Problem.FieldError(field, "wrong type or format")));
        }
        if (e instanceof JsonProcessingException) {
            return new Problem("malformed-json", "Malformed JSON", 400, "The request body is not valid JSON", null);
        }
        if (isUndecodableForm(e)) {
            return new Problem("malformed-form", "Malformed form", 400,
                    "The request body is not a valid application/x-www-form-urlencoded form (a broken %-escape?)", null);
        }
        if (isFormFieldLimit(e)) {
            return new Problem("too-many-form-fields", "Too many form fields", 400,
                    "The form has more fields than this endpoint accepts", null);
        }
        if (e instanceof OptimisticLockException || e instanceof StaleStateException) {
            return new Problem("concurrent-modification", "Conflict", 409,
                    "Someone else changed this resource meanwhile; read it again and retry", null);
        }
        if (e instanceof SQLException sql && TIMED_OUT.contains(String.valueOf(sql.getSQLState()))) {
            return new Problem("database-busy", "Service Unavailable", 503,
                    "What this request needs is held by another one right now; try again in a moment", null)
                    .with("retryAfterSeconds", 2);
        }
        if (e instanceof SQLException sql && isDatabaseUnavailable(sql)) {
            LOG.warnf("The database is unavailable: %s", sql.toString());
            return new Problem("database-unavailable", "Service Unavailable", 503,
                    "The database cannot be reached right now; nothing was changed, try again in a moment", null)
                    .with("retryAfterSeconds", 5);
        }
        if (e instanceof org.hibernate.exception.ConstraintViolationException db) {
            return new Problem("constraint-violation", "Conflict", 409, "The change conflicts with existing data"
                    + (db.getConstraintName() == null ? "" : " (" + db.getConstraintName() + ")"), null);
        }
        return null;
    }

    /**
     * The connection broke or could not be had: PostgreSQL restarting or unreachable (SQL states
     * 08xxx, 57P01-57P03, 53300), or no pooled connection within the acquisition timeout. Only an
     * uncommitted transaction can meet this, so nothing was written.
     */
    private static boolean isDatabaseUnavailable(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return e.getMessage() != null && e.getMessage().startsWith("Acquisition timeout");
        }
        return state.startsWith("08") || UNAVAILABLE.contains(state);
    }

    /** The REST layer's form parser fails on a broken %-escape with a bare IllegalArgumentException. */
    private static boolean isUndecodableForm(Throwable e) {
        return e instanceof IllegalArgumentException && Arrays.stream(e.getStackTrace()).anyMatch(frame ->
                frame.getClassName().startsWith("org.jboss.resteasy.reactive.server.core.multipart.FormEncodedDataDefinition"));
    }

    /**
     * The REST layer's form parser refuses a form over quarkus.http.limits.max-parameters with a bare
     * RuntimeException (quarkusio/quarkus#54681, fixed after 3.34): recognised by where it is thrown.
     */
    private static boolean isFormFieldLimit(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return e.getClass() == RuntimeException.class && trace.length > 0
                && trace[0].getClassName().equals("org.jboss.resteasy.reactive.server.core.multipart.FormData");
    }

    private static Problem invalid(ConstraintViolationException violations) {
        List<Problem.FieldError> errors = violations.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage(), constraintName(v), constraintParams(v)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return ApiProblem.invalid(errors).problem();
    }

    private static String constraintName(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    /** The limits a client needs to word the message itself (min, max, value...), not the annotation's plumbing. */
    private static Map<String, Object> constraintParams(ConstraintViolation<?> violation) {
        Map<String, Object> params = new TreeMap<>();
        violation.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
            if (CONSTRAINT_PARAMS.contains(name)) {
                params.put(name, value);
            }
        });
        return params;
    }

    /**
     * "create.arg1.budget" (method, parameter, path) becomes "budget"; a query parameter keeps its name; an element
     * of a list is "tags[2]", without the validator's ".&lt;list element&gt;".
     */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString().replaceAll("\\.<[a-z ]+>", "");
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String slug(String reason) {
        return reason == null ? "error" : reason.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static Response respond(Problem problem, UriInfo uri) {
        if (problem.instance == null && uri != null) {
            problem.instance = uri.getRequestUri().getRawPath();
        }
        Response.ResponseBuilder response = Response.status(problem.status).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status == 413) {
            response.header("Connection", "close"); // the rest of the body is never read
        }
        if (problem.extensions().get("retryAfterSeconds") instanceof Number seconds) {
            response.header("Retry-After", seconds.longValue()); // what HTTP clients and proxies read
        }
        return response.build();
    }
}
