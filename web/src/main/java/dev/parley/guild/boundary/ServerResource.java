package dev.parley.guild.boundary;

import dev.parley.platform.boundary.SignedIn;
import dev.parley.guild.control.GuildService;
import dev.parley.guild.control.InviteView;
import dev.parley.guild.control.NewInvite;
import dev.parley.guild.control.NewServer;
import dev.parley.guild.control.ServerView;
import dev.parley.guild.control.ServerChanges;
import dev.parley.guild.control.TransferOwnership;
import dev.parley.guild.control.MemberView;
import dev.parley.channel.boundary.ChannelPlace;
import dev.parley.channel.boundary.ChannelPlaces;
import dev.parley.platform.boundary.QueryParams;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import dev.parley.channel.control.ChannelService;
import dev.parley.channel.control.ChannelView;
import dev.parley.channel.control.NewChannel;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("servers")
@ApplicationScoped
@SignedIn
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ParleyApi.BEARER)
@Tag(name = "servers")
public class ServerResource {

    @Inject
    GuildService guilds;

    @Inject
    ChannelService channels;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listServers", summary = "The servers I am a member of")
    public List<ServerView> mine() {
        return guilds.mine(caller.id());
    }

    @POST
    @Operation(operationId = "createServer", summary = "Create a server; you become its owner; it starts with @everyone and #general")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(ref = "ServerView")))
    public Response create(NewServer request) {
        ServerView server = guilds.create(caller.id(), request);
        return Response.created(java.net.URI.create("/api/servers/" + server.id())).entity(server).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getServer", summary = "A server I am a member of")
    @APIResponse(responseCode = "404", description = "No such server, or not a member")
    public ServerView get(@PathParam("id") UUID id) {
        return guilds.get(caller.id(), id);
    }

    @PATCH
    @Path("{id}")
    @Operation(operationId = "updateServer",
            summary = "Change the server's name, description or icon (needs MANAGE_SERVER); fields left out keep their value, null clears description and iconUrl")
    @RequestBody(content = @Content(schema = @Schema(implementation = ServerChanges.class)))
    @APIResponse(responseCode = "200", description = "The server as it is now",
            content = @Content(schema = @Schema(ref = "ServerView")))
    public ServerView update(@PathParam("id") UUID id, InputStream body) {
        PartialBody<ServerChanges> changes = PartialBody.read(body, ServerChanges.class);
        return guilds.update(caller.id(), id, changes.values(), changes.given());
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "putServer", summary = "The same as PATCH: fields left out keep their value")
    @RequestBody(content = @Content(schema = @Schema(implementation = ServerChanges.class)))
    @APIResponse(responseCode = "200", description = "The server as it is now",
            content = @Content(schema = @Schema(ref = "ServerView")))
    public ServerView put(@PathParam("id") UUID id, InputStream body) {
        return update(id, body);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteServer", summary = "Delete the server with all its channels and messages (owner only)")
    @APIResponse(responseCode = "204", description = "Deleted; its members get server:delete")
    @APIResponse(responseCode = "403", description = "Not the owner")
    @APIResponse(responseCode = "404", description = "No such server, or not a member")
    public Response delete(@PathParam("id") UUID id) {
        guilds.delete(caller.id(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/transfer")
    @Operation(operationId = "transferServer", summary = "Hand the server to another member (owner only)")
    @APIResponse(responseCode = "200", description = "The server with its new owner",
            content = @Content(schema = @Schema(ref = "ServerView")))
    public ServerView transfer(@PathParam("id") UUID id, TransferOwnership request) {
        return guilds.transfer(caller.id(), id, request);
    }

    @GET
    @Path("{id}/invites")
    @Operation(operationId = "listInvites", summary = "The server's invites with their uses and who created them (needs MANAGE_SERVER)")
    public List<InviteView> invites(@PathParam("id") UUID id) {
        return guilds.invites(caller.id(), id);
    }

    @GET
    @Path("{id}/members")
    @Tag(name = "members")
    @Operation(operationId = "listMembers", summary = "A page of the server's members by user id (any member)")
    public List<MemberView> members(@PathParam("id") UUID id,
            @Parameter(description = "only members whose user id is greater than this one") @QueryParam("after") String after,
            @Parameter(description = "1 to 1000, default 100") @QueryParam("limit") String limit) {
        return guilds.members(caller.id(), id, QueryParams.uuid("after", after), QueryParams.integer("limit", limit));
    }

    @DELETE
    @Path("{id}/members/@me")
    @Tag(name = "members")
    @Operation(operationId = "leaveServer", summary = "Leave the server (its owner transfers it first)")
    @APIResponse(responseCode = "204", description = "Left; the members get member:remove")
    @APIResponse(responseCode = "409", description = "The owner cannot leave")
    public Response leave(@PathParam("id") UUID id) {
        guilds.leave(caller.id(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/members/{userId}")
    @Tag(name = "members")
    @Operation(operationId = "getMember", summary = "One member of the server")
    @APIResponse(responseCode = "404", description = "No such server, not a member, or no such member")
    public MemberView member(@PathParam("id") UUID id, @PathParam("userId") UUID userId) {
        return guilds.member(caller.id(), id, userId);
    }

    @PATCH
    @Path("{serverId}/channels")
    @Tag(name = "channels")
    @Operation(operationId = "reorderChannels",
            summary = "Set the positions (and categories, where parentId is given) of several channels (needs MANAGE_CHANNELS)")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ChannelPlace.class)))
    @APIResponse(responseCode = "200", description = "The server's channels I may see, in order")
    public List<ChannelView> reorder(@PathParam("serverId") UUID serverId, InputStream body) {
        return channels.reorder(caller.id(), serverId, ChannelPlaces.read(body));
    }

    @GET
    @Path("{serverId}/channels")
    @Tag(name = "channels")
    @Operation(operationId = "listServerChannels", summary = "The channels of a server that I may see")
    public List<ChannelView> channels(@PathParam("serverId") UUID serverId) {
        return channels.list(caller.id(), serverId);
    }

    @POST
    @Path("{serverId}/channels")
    @Tag(name = "channels")
    @Operation(operationId = "createChannel", summary = "Create a channel (needs MANAGE_CHANNELS)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(ref = "ChannelView")))
    public Response createChannel(@PathParam("serverId") UUID serverId, NewChannel request) {
        ChannelView channel = channels.create(caller.id(), serverId, request);
        return Response.created(java.net.URI.create("/api/channels/" + channel.id())).entity(channel).build();
    }

    @POST
    @Path("{id}/invite")
    @Operation(operationId = "createInvite", summary = "Create an invite code (optional body: maxUses, maxAgeSeconds, temporary)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = InviteView.class)))
    public Response invite(@PathParam("id") UUID id, NewInvite request) {
        return Response.status(Response.Status.CREATED).entity(guilds.invite(caller.id(), id, request)).build();
    }

    @POST
    @Path("join/{code}")
    @Operation(operationId = "joinServer", summary = "Join the server of an invite code")
    @APIResponse(responseCode = "200", description = "The server joined")
    @APIResponse(responseCode = "404", description = "Invalid or expired invite")
    public ServerView join(@PathParam("code") String code) {
        return guilds.join(caller.id(), code);
    }
}
