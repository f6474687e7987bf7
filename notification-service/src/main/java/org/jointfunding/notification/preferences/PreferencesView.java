package org.jointfunding.notification.preferences;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointfunding.notification.notices.Kind;

import java.util.Set;

@Schema(description = "The caller's notification settings: the language of e-mails and notification texts, and the kinds it wants no e-mail for (the feed always has them)")
public record PreferencesView(
        @Schema(examples = "fa") @NotNull @Pattern(regexp = "en|ms|fa", message = "must be one of en, ms, fa") String language,
        @Schema(examples = "[\"APPLICATION_UNDER_REVIEW\"]") @NotNull @Size(max = 50) Set<@NotNull Kind> emailOff,
        @Schema(description = "Every kind of notification, for a settings screen", readOnly = true) Set<Kind> kinds) {
}
