package dev.parley.moderation.boundary;

import dev.parley.guild.boundary.PartialBody;
import dev.parley.moderation.control.AutomodRuleRequest;
import dev.parley.moderation.control.AutomodRuleView;
import dev.parley.moderation.control.AutomodService;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import dev.parley.platform.boundary.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A server's keyword auto-moderation rules (Discord's AutoMod keyword rules); all need MANAGE_SERVER. */
@Path("servers/{serverId}/automod/rules")
@ApplicationScoped
@SignedIn
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "moderation")
public class AutomodResource {

    @Inject
    AutomodService automod;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listAutomodRules", summary = "The server's auto-moderation rules (needs MANAGE_SERVER)")
    @APIResponse(responseCode = "404", description = "No such server, or not a member")
    public List<AutomodRuleView> list(@PathParam("serverId") UUID serverId) {
        return automod.list(caller.id(), serverId);
    }

    @POST
    @Operation(operationId = "createAutomodRule",
            summary = "Create a rule that blocks or flags messages matching keywords or regexes (at most 10 per server)")
    @APIResponse(responseCode = "201", description = "Created; it applies to the next message",
            content = @Content(schema = @Schema(implementation = AutomodRuleView.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid (each is named)")
    @APIResponse(responseCode = "409", description = "The server has 10 rules already")
    public Response create(@PathParam("serverId") UUID serverId, AutomodRuleRequest request) {
        AutomodRuleView rule = automod.create(caller.id(), serverId, request);
        return Response.created(java.net.URI.create("/api/servers/" + serverId + "/automod/rules/" + rule.id()))
                .entity(rule).build();
    }

    @GET
    @Path("{ruleId}")
    @Operation(operationId = "getAutomodRule", summary = "One auto-moderation rule")
    @APIResponse(responseCode = "200", description = "The rule",
            content = @Content(schema = @Schema(implementation = AutomodRuleView.class)))
    @APIResponse(responseCode = "404", description = "No such server or rule")
    public AutomodRuleView get(@PathParam("serverId") UUID serverId, @PathParam("ruleId") UUID ruleId) {
        return automod.get(caller.id(), serverId, ruleId);
    }

    @PATCH
    @Path("{ruleId}")
    @Operation(operationId = "updateAutomodRule", summary = "Change the fields given; the others stay")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AutomodRuleRequest")),
            description = "alertChannelId: null removes the alert channel (a flag rule keeps needing one)")
    @APIResponse(responseCode = "200", description = "The rule as changed",
            content = @Content(schema = @Schema(implementation = AutomodRuleView.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid (each is named)")
    @APIResponse(responseCode = "404", description = "No such server or rule")
    public AutomodRuleView update(@PathParam("serverId") UUID serverId, @PathParam("ruleId") UUID ruleId,
            InputStream body) {
        PartialBody<AutomodRuleRequest> request = PartialBody.read(body, AutomodRuleRequest.class);
        return automod.update(caller.id(), serverId, ruleId, request.values(), request.given());
    }

    @DELETE
    @Path("{ruleId}")
    @Operation(operationId = "deleteAutomodRule", summary = "Delete an auto-moderation rule")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such server or rule")
    public Response delete(@PathParam("serverId") UUID serverId, @PathParam("ruleId") UUID ruleId) {
        automod.delete(caller.id(), serverId, ruleId);
        return Response.noContent().build();
    }
}
