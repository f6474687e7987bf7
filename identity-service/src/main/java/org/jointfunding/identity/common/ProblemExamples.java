package org.jointfunding.identity.common;

/** Problem documents used as OpenAPI examples, in one place. */
public final class ProblemExamples {

    public static final String VALIDATION = """
            {"type":"/problems/validation","title":"Invalid input","status":400,\
            "detail":"country: must be an ISO 3166-1 alpha-2 code such as MY or IR; password: must be 12 to 128 characters long",\
            "instance":"/api/identity/register","errors":[{"field":"country","message":"must be an ISO 3166-1 alpha-2 code such as MY or IR"},\
            {"field":"password","message":"must be 12 to 128 characters long"}]}""";
    public static final String UNAUTHORIZED = """
            {"type":"/problems/unauthorized","title":"Unauthorized","status":401,"detail":"A valid bearer token is required"}""";
    public static final String FORBIDDEN = """
            {"type":"/problems/forbidden","title":"Forbidden","status":403,"detail":"Forbidden"}""";
    public static final String NOT_FOUND = """
            {"type":"/problems/not-found","title":"Not found","status":404,"detail":"No account 6f1c2e0a-8f7e-4c8e-b1d2-6a3b9c0d1e2f"}""";
    public static final String ILLEGAL_TRANSITION = """
            {"type":"/problems/illegal-transition","title":"Illegal state transition","status":409,\
            "detail":"Cannot enable a account that is ACTIVE","state":"ACTIVE","action":"enable"}""";
    public static final String BAD_PAGE = """
            {"type":"/problems/validation","title":"Invalid input","status":400,"detail":"limit: must be less than or equal to 100",\
            "errors":[{"field":"limit","message":"must be less than or equal to 100"}]}""";
    public static final String STALE_VERSION = """
            {"type":"/problems/stale-version","title":"Precondition failed","status":412,\
            "detail":"The resource changed since you read it (now at version 4); read it again and retry","currentVersion":4}""";
    public static final String PRECONDITION_REQUIRED = """
            {"type":"/problems/precondition-required","title":"Precondition required","status":428,\
            "detail":"Send If-Match with the ETag you read, so that no one else's change is overwritten"}""";
    public static final String IDEMPOTENCY_KEY_REUSED = """
            {"type":"/problems/idempotency-key-reused","title":"Unprocessable request","status":422,\
            "detail":"This Idempotency-Key was already used for a different request"}""";

    private ProblemExamples() {
    }
}
