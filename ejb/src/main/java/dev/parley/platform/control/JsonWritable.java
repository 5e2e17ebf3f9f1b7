package dev.parley.platform.control;

/**
 * A value that writes its own JSON, the same text the shared JSON-B mapping would give, faster:
 * {@link JsonMapping#toJson} uses it for the value as a whole (the gateway's events and replies),
 * and a REST writer may too. Implement it only where the mapping's cost shows, and test the text
 * against the mapping's.
 */
public interface JsonWritable {

    String toJson();
}
