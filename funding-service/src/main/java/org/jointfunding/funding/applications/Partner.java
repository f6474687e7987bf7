package org.jointfunding.funding.applications;

import jakarta.persistence.Embeddable;

/** A consortium partner: a company in one of the call's countries, with its role in the project. */
@Embeddable
public class Partner {

    public String name;

    public String country;

    public String role;

    protected Partner() {
    }

    public Partner(String name, String country, String role) {
        this.name = name;
        this.country = country;
        this.role = role;
    }
}
