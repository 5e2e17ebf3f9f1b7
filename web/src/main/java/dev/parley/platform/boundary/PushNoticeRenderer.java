package dev.parley.platform.boundary;

import java.util.Map;

/**
 * What the chat page needs to show one kind of live event, added to the event's Faces push
 * notice: e.g. a new message rendered as the page's list item. A feature adds one as a bean in
 * its own boundary package; {@link FacesPushSink} finds it by event name and calls it once per
 * event, whatever the number of recipients, so no open page has to ask the server again. It is
 * handed the event's data as the object it was published with, not as JSON to parse again.
 *
 * @param <D> the type of the event's data
 */
public interface PushNoticeRenderer<D> {

    /** The event this renders, e.g. {@code message:new}. */
    String event();

    /** The type the event's data is published as (and read back as when it comes from another instance). */
    Class<D> dataType();

    /**
     * The fields to add to the notice; every value a user typed is escaped already. They hold no words of the UI:
     * one rendering goes to every reader, whatever their language, and the page's script words it (parleyTexts).
     */
    Map<String, String> render(D data);
}
