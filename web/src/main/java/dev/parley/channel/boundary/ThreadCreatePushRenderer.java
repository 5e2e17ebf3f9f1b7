package dev.parley.channel.boundary;

import dev.parley.channel.control.ThreadChanged;
import dev.parley.channel.control.ThreadView;
import dev.parley.platform.boundary.PushNoticeRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Adds to a {@code thread:create} notice (which reaches those who may see the parent channel) what
 * the channel list shows of the new thread: its id and name (as text; the page's script puts it in
 * as text, never as markup).
 */
@ApplicationScoped
public class ThreadCreatePushRenderer implements PushNoticeRenderer<ThreadView> {

    @Override
    public String event() {
        return ThreadChanged.CREATE;
    }

    @Override
    public Class<ThreadView> dataType() {
        return ThreadView.class;
    }

    @Override
    public Map<String, String> render(ThreadView data) {
        return Map.of("threadId", String.valueOf(data.id()), "name", data.name() == null ? "" : data.name());
    }
}
