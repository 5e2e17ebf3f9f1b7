package dev.parley.dm.boundary;

import dev.parley.dm.control.DmService;
import dev.parley.dm.control.DmView;
import dev.parley.dm.control.NewDm;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.notify.boundary.ReadStateBacking;
import dev.parley.notify.control.Unread;
import dev.parley.platform.boundary.PageMessages;
import dev.parley.platform.boundary.PlaceBacking;
import dev.parley.platform.boundary.UiTexts;
import dev.parley.platform.control.ParleyException;
import dev.parley.presence.control.PresenceService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The home view's list of one's direct conversations, unread ones first (then the newest), and
 * "Message" on a member, which opens (or starts) the conversation with them.
 */
@Named("dmList")
@RequestScoped
public class DmListBacking {

    /**
     * A conversation as the list shows it to its reader; a one-to-one one with the other person's
     * id and presence (a group has none: partner and status are null).
     */
    public record Row(DmView conversation, String name, int unread, boolean selected, UUID partner, String status) {
    }

    @Inject
    PlaceBacking place;

    @Inject
    ReadStateBacking readState;

    @Inject
    DmService dms;

    @Inject
    PresenceService presence;

    @Inject
    SignedInUser me;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            Map<UUID, Integer> unread = readState.unread().servers().stream()
                    .collect(Collectors.toMap(Unread.ServerUnread::serverId, Unread.ServerUnread::unread, (a, b) -> a));
            DmView current = place.getCurrentDm();
            Map<UUID, UUID> partnerOf = new java.util.HashMap<>();
            for (DmView d : place.getConversations()) {
                List<UUID> others = d.participants().stream().map(p -> p.id()).filter(id -> !id.equals(me.id())).toList();
                if (!d.group() && others.size() == 1) {
                    partnerOf.put(d.id(), others.get(0));
                }
            }
            Map<UUID, String> statuses = partnerOf.isEmpty() ? Map.of()
                    : presence.ofConversationPartners(me.id(), new java.util.HashSet<>(partnerOf.values()));
            Locale language = UiTexts.locale();
            rows = order(place.getConversations().stream().map(d -> {
                UUID partner = partnerOf.get(d.id());
                return new Row(d, PlaceBacking.conversationName(d, me.id(), language), unread.getOrDefault(d.id(), 0),
                        current != null && current.id().equals(d.id()), partner,
                        partner == null ? null : statuses.getOrDefault(partner, "offline"));
            }).toList());
        }
        return rows;
    }

    /** Unread ones first, otherwise as given (the newest message first). */
    static List<Row> order(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((Row r) -> r.unread() == 0)); // stable: keeps the given order within
        return sorted;
    }

    /** Opens the conversation with the member named by the request parameter {@code userId}. */
    public String open() {
        String userId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("userId");
        try {
            UUID other = UUID.fromString(userId == null ? "" : userId.strip());
            return PlaceBacking.conversationOutcome(dms.open(me.id(), new NewDm(List.of(other))).conversation().id());
        } catch (IllegalArgumentException e) {
            PageMessages.show(UiTexts.text(PlaceBacking.CHAT, "dm.choose"));
        } catch (ParleyException e) {
            PageMessages.show(e, "dm-form", Set.of());
        }
        return null;
    }
}
