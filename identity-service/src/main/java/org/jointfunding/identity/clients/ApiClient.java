package org.jointfunding.identity.clients;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.temporal.ChronoUnit;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jointfunding.identity.common.Role;
import org.jointfunding.kit.ApiProblem;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A script's credentials: ACTIVE until an ADMIN revokes it, which is final. */
@Entity
@Table(name = "api_client")
public class ApiClient extends PanacheEntityBase {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ApiClientStatus")
    public enum Status { ACTIVE, REVOKED }

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(nullable = false)
    public String name;

    @Column(name = "secret_hash", nullable = false)
    String secretHash;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    String[] roles;

    @Column(name = "agency_code")
    public String agencyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    static ApiClient create(String clientId, String name, String secretHash, Set<Role> roles, String agency,
                            String createdBy, Instant now) {
        ApiClient client = new ApiClient();
        client.id = UUID.randomUUID();
        client.clientId = clientId;
        client.name = name.strip();
        client.secretHash = secretHash;
        client.roles = roles.stream().sorted().map(Role::name).toArray(String[]::new);
        client.agencyCode = agency;
        client.status = Status.ACTIVE;
        client.createdAt = now.truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        client.createdBy = createdBy;
        return client;
    }

    public Set<Role> roles() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles).map(Role::valueOf).forEach(set::add);
        return set;
    }

    void revoke() {
        if (status != Status.ACTIVE) {
            throw ApiProblem.illegalTransition("API client", status, "revoke");
        }
        status = Status.REVOKED;
    }
}
