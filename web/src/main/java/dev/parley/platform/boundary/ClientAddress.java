package dev.parley.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address of the client behind a request: what rate limits count and the list of sign-ins shows.
 * It is the connection's own address, unless that is one of the trusted proxies
 * ({@code parley.trusted-proxies}, {@code PARLEY_TRUSTED_PROXIES}: addresses or CIDR ranges,
 * comma-separated): then {@code X-Forwarded-For} is read from the right, past every trusted proxy, to
 * the first address that is not one. A header from anyone else is ignored, or every client could
 * name itself anew on each request and escape its limits.
 */
public final class ClientAddress {

    static final String KEY = "parley.trusted-proxies";
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static volatile List<Range> configured;

    private ClientAddress() {
    }

    /** The client's address for this request. */
    public static String of(HttpServletRequest request) {
        List<String> forwarded = request.getHeaders("X-Forwarded-For") == null ? List.of()
                : Collections.list(request.getHeaders("X-Forwarded-For"));
        return resolve(request.getRemoteAddr(), forwarded, trusted());
    }

    static String resolve(String remote, List<String> forwardedHeaders, List<Range> trusted) {
        if (remote == null || !isTrusted(remote, trusted)) {
            return remote;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedHeaders) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        String client = remote;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (literal(hop) == null) {
                return client; // garbage in the header: the last address a trusted proxy vouched for
            }
            client = hop;
            if (!isTrusted(hop, trusted)) {
                return hop;
            }
        }
        return client;
    }

    private static boolean isTrusted(String address, List<Range> trusted) {
        byte[] bytes = literal(address);
        return bytes != null && trusted.stream().anyMatch(r -> r.contains(bytes));
    }

    /** The bytes of an IP address literal, or null for anything else (never a name lookup). */
    static byte[] literal(String text) {
        if (text == null || text.isEmpty() || text.length() > 45
                || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return null;
        }
        try {
            return InetAddress.getByName(text).getAddress(); // a literal: parsed, not looked up
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** An address or a CIDR range of them. */
    record Range(byte[] network, int prefix) {

        static Range parse(String text) {
            String t = text.strip();
            int slash = t.indexOf('/');
            byte[] network = literal(slash < 0 ? t : t.substring(0, slash));
            if (network == null) {
                throw new IllegalArgumentException(KEY + ": \"" + t + "\" is not an IP address or CIDR range");
            }
            int prefix = network.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(t.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException(KEY + ": \"" + t + "\" has no valid prefix length");
                }
            }
            return new Range(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    static List<Range> parse(String list) {
        List<Range> ranges = new ArrayList<>();
        if (list != null) {
            for (String item : list.split(",")) {
                if (!item.isBlank()) {
                    ranges.add(Range.parse(item));
                }
            }
        }
        return List.copyOf(ranges);
    }

    private static List<Range> trusted() {
        List<Range> ranges = configured;
        if (ranges == null) {
            ranges = parse(ConfigProvider.getConfig().getOptionalValue(KEY, String.class).orElse(""));
            configured = ranges;
        }
        return ranges;
    }
}
