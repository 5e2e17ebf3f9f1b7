package dev.parley.presence.boundary;

import dev.parley.identity.boundary.SignedInUser;
import dev.parley.platform.boundary.PlaceBacking;
import dev.parley.presence.control.MemberPresence;
import dev.parley.presence.control.PresenceService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * The member list beside the channel: the members who may see it, online ones first, each with a
 * presence dot. Rendered with the page; {@code presence:user} pushes move the dots afterwards.
 */
@Named("memberList")
@RequestScoped
public class MemberListBacking {

    @Inject
    PlaceBacking place;

    @Inject
    PresenceService presence;

    @Inject
    SignedInUser me;

    private List<MemberPresence> members;

    public List<MemberPresence> getMembers() {
        if (members == null) {
            members = place.getCurrentChannel() == null ? List.of()
                    : presence.channelMembers(me.id(), place.getCurrentChannel().id());
        }
        return members;
    }

    public List<MemberPresence> getOnline() {
        return getMembers().stream().filter(MemberPresence::online).toList();
    }

    public List<MemberPresence> getOffline() {
        return getMembers().stream().filter(m -> !m.online()).toList();
    }

    /** How the list orders names (the page's script sorts moved members the same way). */
    public String sortKey(MemberPresence member) {
        return member.name().toLowerCase(Locale.ROOT);
    }
}
