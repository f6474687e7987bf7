package org.jointfunding.identity.staff;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A colleague as an agency admin sees one: enough to pick a reviewer, nothing more. */
@Schema(example = """
        {"id":"5c1d8e2a-7f3b-4d61-9e0a-2b6c4f8a1d37","displayName":"Nurul Huda","email":"nurul@mida.example","country":"MY"}""")
public record StaffMember(UUID id, String displayName, String email, String country) {
}
