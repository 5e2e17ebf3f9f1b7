package dev.parley.platform.boundary;

import dev.parley.platform.control.LiveEvent;
import java.util.Map;

/**
 * What the chat page needs to show one kind of live event, added to the event's Faces push
 * notice: e.g. a new message rendered as the page's list item. A feature adds one as a bean in
 * its own boundary package; {@link FacesPushSink} finds it by event name and calls it once per
 * event, whatever the number of recipients, so no open page has to ask the server again.
 */
public interface PushNoticeRenderer {

    /** The event this renders, e.g. {@code message:new}. */
    String event();

    /** The fields to add to the notice; every value a user typed is escaped already. */
    Map<String, String> render(LiveEvent event);
}
