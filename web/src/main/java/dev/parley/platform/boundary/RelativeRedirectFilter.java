package dev.parley.platform.boundary;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;

/**
 * A Grizzly filter between the HTTP codec and the web container: a redirect whose {@code Location}
 * the container made absolute from the request's {@code Host} header (it does so for a folder asked
 * without its trailing slash, before any application code runs) leaves as a path instead, so that a
 * forged {@code Host} never comes back in a {@code Location}. The application's own redirects are
 * already paths ({@link SecurityHeadersFilter}); an absolute one to another host (an identity
 * provider) passes unchanged. {@link RelativeRedirectGuard} puts it in place on Payara.
 */
final class RelativeRedirectFilter extends BaseFilter {

    @Override
    public NextAction handleWrite(FilterChainContext ctx) throws IOException {
        Object message = ctx.getMessage();
        HttpHeader header = message instanceof HttpContent content ? content.getHttpHeader()
                : message instanceof HttpHeader h ? h : null;
        if (header instanceof HttpResponsePacket response && !response.isCommitted()
                && response.getStatus() >= 300 && response.getStatus() < 400) {
            String location = response.getHeader("Location");
            HttpRequestPacket request = response.getRequest();
            String host = request == null ? null : request.getHeader("Host");
            String relative = relativeIfOnHost(location, host);
            if (location != null && !location.equals(relative)) {
                response.setHeader("Location", relative);
            }
        }
        return ctx.getInvokeAction();
    }

    /** The path, query and fragment of {@code location} when it is an absolute URL on {@code host}; else it unchanged. */
    static String relativeIfOnHost(String location, String host) {
        if (location == null || host == null || host.isBlank()) {
            return location;
        }
        try {
            URI uri = new URI(location);
            if (uri.getScheme() == null || uri.getRawAuthority() == null
                    || !uri.getRawAuthority().toLowerCase(Locale.ROOT).equals(host.strip().toLowerCase(Locale.ROOT))) {
                return location;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            // one leading slash: "//x" would name another host
            path = "/" + path.replaceFirst("^/+", "");
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (URISyntaxException e) {
            return location;
        }
    }
}
