package dev.parley.admin.control;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an administrator of the installation sets on an account: {@code {"disabled": true}} or {@code false}. */
@Schema(name = "AccountStatus", description = "Whether an account is disabled.")
public record AccountStatus(Boolean disabled) {
}
