package dev.parley.guild.boundary;

import dev.parley.platform.boundary.SignedIn;
import dev.parley.guild.control.GuildService;
import dev.parley.guild.control.InviteView;
import dev.parley.guild.control.NewInvite;
import dev.parley.guild.control.NewServer;
import dev.parley.guild.control.ServerView;
import dev.parley.channel.control.ChannelService;
import dev.parley.channel.control.ChannelView;
import dev.parley.channel.control.NewChannel;
import dev.parley.platform.boundary.Caller;
import dev.parley.platform.boundary.ParleyApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
    @Operation(operationId = "createInvite", summary = "Create an invite code (optional body: maxUses, maxAgeSeconds)")
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
