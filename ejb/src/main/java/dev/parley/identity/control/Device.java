package dev.parley.identity.control;

/** Where a sign-in comes from: the client's User-Agent and address, as the request gave them (either may be null). */
public record Device(String userAgent, String ip) {

    public static final Device UNKNOWN = new Device(null, null);

    /** A short name for the user agent, such as "Firefox on Windows", for a list of sign-ins. */
    public String label() {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown device";
        }
        String ua = userAgent;
        String browser = ua.contains("Edg/") ? "Edge"
                : ua.contains("OPR/") ? "Opera"
                : ua.contains("Firefox/") ? "Firefox"
                : ua.contains("Chrome/") || ua.contains("Chromium/") ? "Chrome"
                : ua.contains("Safari/") ? "Safari"
                : ua.startsWith("curl/") ? "curl"
                : ua.startsWith("Java-http-client") || ua.startsWith("Java/") ? "Java"
                : null;
        String os = ua.contains("Windows") ? "Windows"
                : ua.contains("Android") ? "Android"
                : ua.contains("iPhone") || ua.contains("iPad") ? "iOS"
                : ua.contains("Mac OS X") || ua.contains("Macintosh") ? "macOS"
                : ua.contains("Linux") || ua.contains("X11") ? "Linux"
                : null;
        if (browser == null) {
            String first = ua.split("[ /;(]", 2)[0];
            browser = first.isEmpty() ? "Unknown client" : first.substring(0, Math.min(first.length(), 40));
        }
        return os == null ? browser : browser + " on " + os;
    }
}
