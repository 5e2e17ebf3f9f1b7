package dev.parley.dm.boundary;

import dev.parley.dm.control.DmService;
import dev.parley.dm.control.DmView;
import dev.parley.dm.control.NewDm;
import dev.parley.identity.boundary.SignedInUser;
import dev.parley.notify.boundary.ReadStateBacking;
import dev.parley.notify.control.Unread;
import dev.parley.platform.boundary.PageMessages;
import dev.parley.platform.boundary.PlaceBacking;
import dev.parley.platform.control.ParleyException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /** A conversation as the list shows it to its reader. */
    public record Row(DmView conversation, String name, int unread, boolean selected) {
    }

    @Inject
    PlaceBacking place;

    @Inject
    ReadStateBacking readState;

    @Inject
    DmService dms;

    @Inject
    SignedInUser me;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            Map<UUID, Integer> unread = readState.unread().servers().stream()
                    .collect(Collectors.toMap(Unread.ServerUnread::serverId, Unread.ServerUnread::unread, (a, b) -> a));
            DmView current = place.getCurrentDm();
            rows = order(place.getConversations().stream().map(d -> new Row(d, PlaceBacking.conversationName(d, me.id()),
                    unread.getOrDefault(d.id(), 0), current != null && current.id().equals(d.id()))).toList());
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
            PageMessages.show("Choose someone to write to.");
        } catch (ParleyException e) {
            PageMessages.show(e, "dm-form", Set.of());
        }
        return null;
    }
}
