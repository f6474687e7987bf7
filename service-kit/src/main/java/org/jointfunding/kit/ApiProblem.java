package org.jointfunding.kit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by services for every expected failure; {@link ProblemMapper} turns it into a problem
 * document. Throw it before writing anything, or inside the transaction so it rolls back.
 */
public class ApiProblem extends RuntimeException {

    private final transient Problem problem;

    public ApiProblem(Problem problem) {
        super(problem.detail);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public ApiProblem with(String name, Object value) {
        problem.with(name, value);
        return this;
    }

    public static ApiProblem badRequest(String slug, String detail) {
        return new ApiProblem(new Problem(slug, "Bad request", 400, detail, null));
    }

    public static ApiProblem invalid(String detail, List<Problem.FieldError> errors) {
        return new ApiProblem(new Problem("validation", "Invalid input", 400, detail, errors));
    }

    /** A 400 listing each field error; the detail joins them as "field: message; ...". */
    public static ApiProblem invalid(List<Problem.FieldError> errors) {
        return invalid(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), errors);
    }

    public static ApiProblem invalidField(String field, String message) {
        return invalid(field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static ApiProblem unauthorized(String detail) {
        return new ApiProblem(new Problem("unauthorized", "Unauthorized", 401, detail, null));
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(new Problem("forbidden", "Forbidden", 403, detail, null));
    }

    /** Also used where revealing that an object exists would leak it to the wrong caller. */
    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(new Problem("not-found", "Not found", 404, "No " + what + " " + id, null));
    }

    public static ApiProblem conflict(String slug, String detail) {
        return new ApiProblem(new Problem(slug, "Conflict", 409, detail, null));
    }

    /** An action the aggregate's state machine does not allow from its current state. */
    public static ApiProblem illegalTransition(String aggregate, Object from, String action) {
        return new ApiProblem(new Problem("illegal-transition", "Illegal state transition", 409,
                "Cannot " + action + " this " + aggregate + ": it is " + from, null))
                .with("state", String.valueOf(from)).with("action", action);
    }

    public static ApiProblem preconditionFailed(String detail) {
        return new ApiProblem(new Problem("stale-version", "Precondition failed", 412, detail, null));
    }

    public static ApiProblem unprocessable(String slug, String detail, List<Problem.FieldError> errors) {
        return new ApiProblem(new Problem(slug, "Unprocessable request", 422, detail, errors));
    }
}
