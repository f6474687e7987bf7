package org.jointfunding.funding.collaborators;

import java.util.UUID;

public record CollaboratorView(UUID applicationId, String startupId) {
}
