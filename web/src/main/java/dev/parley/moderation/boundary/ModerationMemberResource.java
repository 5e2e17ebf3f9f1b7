package dev.parley.moderation.boundary;

import dev.parley.guild.control.MemberView;
import dev.parley.moderation.control.MemberUpdate;
import dev.parley.moderation.control.ModerationService;
import dev.parley.platform.control.StrictJson;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member as moderators act on them: kick ({@code DELETE}) and time-out or nickname
 * ({@code PATCH}). Rooted at {@code servers} with the very template the guild room uses for a
 * member ({@code {id}/members/{userId}}, its {@code GET}): JAX-RS (Jersey) merges root resources of
 * the same path, so each method of that path is found whichever class declares it, and the literal
 * {@code {id}/members/@me} (leaving, the guild room's) is matched before it. A more specific root
 * path here would take every method of that path away from the other class.
 */
@Path("servers")
@ApplicationScoped
@SignedIn
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "moderation")
public class ModerationMemberResource {

    /** The guild room's template for one member; keep them equal. */
    static final String MEMBER = "{id}/members/{userId}";

    @Inject
    ModerationService moderation;

    @Inject
    Caller caller;

    @DELETE
    @Path(MEMBER)
    @Operation(operationId = "kickMember", summary = "Kick a member (needs KICK_MEMBERS and a higher role)")
    @APIResponse(responseCode = "204", description = "Removed from the server; they may join again with an invite")
    @APIResponse(responseCode = "400", description = "Kicking yourself (leave instead)")
    @APIResponse(responseCode = "403", description = "Without KICK_MEMBERS, or the member's highest role is not below yours")
    @APIResponse(responseCode = "404", description = "No such server (or not a member of it), or no such member")
    public Response kick(@PathParam("id") UUID serverId, @PathParam("userId") UUID userId,
            @Parameter(description = "why, for the audit log") @QueryParam("reason") String reason,
            @Parameter(description = "why, URL-encoded (as Discord)") @HeaderParam(ModerationReasons.HEADER) String header) {
        moderation.kick(caller.id(), serverId, userId, ModerationReasons.of(reason, header));
        return Response.noContent().build();
    }

    @PATCH
    @Path(MEMBER)
    @Operation(operationId = "updateMember", summary = "Time a member out (MODERATE_MEMBERS) or set a nickname"
            + " (MANAGE_NICKNAMES, or CHANGE_NICKNAME for your own)")
    @RequestBody(content = @Content(schema = @Schema(implementation = MemberUpdateBody.class)))
    @APIResponse(responseCode = "200", description = "The member as it is now",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", description = "A time-out in the past or over 28 days ahead, a nickname over 32 characters")
    @APIResponse(responseCode = "403", description = "Without the permission, or the member's highest role is not below yours")
    @APIResponse(responseCode = "404", description = "No such server (or not a member of it), or no such member")
    public MemberView update(@PathParam("id") UUID serverId, @PathParam("userId") UUID userId, InputStream body,
            @Parameter(description = "why, URL-encoded (as Discord)") @HeaderParam(ModerationReasons.HEADER) String header) {
        return moderation.update(caller.id(), serverId, userId, MemberUpdate.of(StrictJson.parse(body)),
                ModerationReasons.of(null, header));
    }

    /** What a PATCH takes, for the OpenAPI document: a field left out is unchanged, null clears it. */
    @Schema(name = "MemberUpdate")
    public record MemberUpdateBody(
            @Schema(description = "ISO-8601 instant, at most 28 days ahead; null lifts the time-out", nullable = true)
            String timeoutUntil,
            @Schema(description = "at most 32 characters; null or empty clears it", nullable = true) String nick) {
    }
}
