package org.jointfunding.identity.clients;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.identity.audit.AuditTrail;
import org.jointfunding.identity.audit.AuditType;
import org.jointfunding.identity.common.AgencyCode;
import org.jointfunding.kit.Page;
import org.jointfunding.identity.common.Role;
import org.jointfunding.identity.common.SecretHasher;
import org.jointfunding.identity.common.Sha256;
import org.jointfunding.kit.ApiProblem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/** API clients: created by ADMINs with a secret shown once, authenticated at the token endpoint. */
@ApplicationScoped
public class ApiClientService {

    /** Marks a stored secret hash as SHA-256 (hex); any other is a legacy Argon2 hash. */
    static final String FAST_HASH = "sha256:";

    private final SecretHasher hasher;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiClientService(SecretHasher hasher, AuditTrail audit, Clock clock) {
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A new client, with its secret: the only time the secret exists outside the caller's hands (only
     * a hash of it is stored). A replay of the create must answer {@link ApiClientView#withoutSecret()}.
     */
    @Transactional
    public ApiClientView create(ApiClientRequest request, String actor) {
        boolean needsAgency = request.roles().stream().anyMatch(Role.AGENCY_BOUND::contains);
        if (needsAgency && request.agency() == null || request.agency() != null && !AgencyCode.isValid(request.agency())) {
            throw ApiProblem.invalidField("agency", "must be an agency code such as MY-MIDA; required with REVIEWER or AGENCY_ADMIN");
        }
        String secret = randomToken(32);
        ApiClient client = ApiClient.create("jfp_" + randomToken(12), request.name(), fastHash(secret),
                request.roles(), request.agency(), actor, clock.instant());
        client.persist();
        audit.event(AuditType.CLIENT_CREATED).actor(actor).target(client.clientId).transition(null, ApiClient.Status.ACTIVE)
                .detail("roles=" + String.join(",", client.roles) + (client.agencyCode == null ? "" : " agency=" + client.agencyCode))
                .write();
        return ApiClientView.of(client, secret);
    }

    public Page<ApiClientView> list(ApiClient.Status status, int limit, int offset) {
        var query = status == null ? ApiClient.<ApiClient>findAll(Sort.ascending("createdAt", "clientId"))
                : ApiClient.<ApiClient>find("status", Sort.ascending("createdAt", "clientId"), status);
        return Page.read(query, limit, offset).map(c -> ApiClientView.of(c, null));
    }

    public ApiClientView get(String clientId) {
        return ApiClientView.of(require(clientId), null);
    }

    @Transactional
    public ApiClientView revoke(String clientId, String actor) {
        ApiClient client = require(clientId);
        client.revoke();
        audit.event(AuditType.CLIENT_REVOKED).actor(actor).target(clientId)
                .transition(ApiClient.Status.ACTIVE, ApiClient.Status.REVOKED).write();
        return ApiClientView.of(client, null);
    }

    /**
     * The active client with this id and secret. A secret is 256 random bits, so a fast hash (SHA-256,
     * compared in constant time) protects it as well as Argon2 would, at no cost to anyone; a client
     * made before keeps its Argon2 hash until its first successful use, which replaces it.
     */
    public Optional<ApiClient> authenticate(String clientId, String secret) {
        Optional<ApiClient> client = ApiClient.<ApiClient>find("clientId", clientId).firstResultOptional();
        if (client.isEmpty() || secret == null) {
            return Optional.empty();
        }
        ApiClient found = client.get();
        boolean matches;
        if (found.secretHash.startsWith(FAST_HASH)) {
            matches = MessageDigest.isEqual(found.secretHash.getBytes(StandardCharsets.US_ASCII),
                    fastHash(secret).getBytes(StandardCharsets.US_ASCII));
        } else {
            matches = hasher.matches(secret, found.secretHash);
            if (matches) {
                found.secretHash = fastHash(secret);
            }
        }
        return client.filter(c -> matches && c.status == ApiClient.Status.ACTIVE);
    }

    private static String fastHash(String secret) {
        return FAST_HASH + Sha256.hex(secret);
    }

    private static ApiClient require(String clientId) {
        return ApiClient.<ApiClient>find("clientId", clientId).firstResultOptional()
                .orElseThrow(() -> ApiProblem.notFound("API client", clientId));
    }

    private String randomToken(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
