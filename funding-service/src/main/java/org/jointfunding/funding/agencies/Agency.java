package org.jointfunding.funding.agencies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A national funding agency: it co-funds calls in its own currency and funds its own country's partners. */
@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    public String country;

    public String currency;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
