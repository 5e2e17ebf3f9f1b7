package dev.parley.message.boundary;

import dev.parley.message.control.MessageEvents;
import dev.parley.message.control.MessageEvents.DeletedBulk;
import dev.parley.platform.boundary.PushNoticeRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Names the messages of a bulk delete in its push notice, as one comma-separated {@code ids} (a
 * notice's values are strings): the page takes each item out as for {@code message:delete}.
 */
@ApplicationScoped
public class MessageDeleteBulkPushRenderer implements PushNoticeRenderer<DeletedBulk> {

    @Override
    public String event() {
        return MessageEvents.MESSAGE_DELETE_BULK;
    }

    @Override
    public Class<DeletedBulk> dataType() {
        return DeletedBulk.class;
    }

    @Override
    public Map<String, String> render(DeletedBulk data) {
        return Map.of("ids", data.ids().stream().map(UUID::toString).collect(Collectors.joining(",")));
    }
}
