package dev.parley.channel.boundary;

import dev.parley.permission.control.Permission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An overwrite as the page edits it: each permission "deny", "inherit" or "allow"; and back to allow/deny lists. */
public final class OverwriteStates {

    public static final String DENY = "deny";
    public static final String INHERIT = "inherit";
    public static final String ALLOW = "allow";

    private OverwriteStates() {
    }

    /** Every permission's state from an overwrite's allowed and denied names. */
    public static Map<String, String> of(List<String> allow, List<String> deny) {
        Map<String, String> states = new HashMap<>();
        for (Permission p : Permission.values()) {
            states.put(p.name(), allow.contains(p.name()) ? ALLOW : deny.contains(p.name()) ? DENY : INHERIT);
        }
        return states;
    }

    public static List<String> allowed(Map<String, String> states) {
        return named(states, ALLOW);
    }

    public static List<String> denied(Map<String, String> states) {
        return named(states, DENY);
    }

    /** The permissions in the state, in the enum's order (unknown names are left out). */
    private static List<String> named(Map<String, String> states, String state) {
        return java.util.Arrays.stream(Permission.values()).map(Permission::name)
                .filter(n -> state.equals(states.get(n))).toList();
    }

    /** The states as the select shows them, in order, in the language of the channels bundle given. */
    public static Map<String, String> labels(java.util.ResourceBundle channelTexts) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (String state : List.of(DENY, INHERIT, ALLOW)) {
            labels.put(state, channelTexts.getString("overwrite." + state));
        }
        return labels;
    }
}
