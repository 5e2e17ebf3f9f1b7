package dev.parley.platform.boundary;

import java.io.IOException;
import java.util.Set;
import org.glassfish.grizzly.CompletionHandler;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.WriteResult;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.memory.Buffers;

/**
 * A Grizzly filter in front of the web container: a GET or HEAD of one of the application's folders
 * without its trailing slash ({@code /api-docs}) is sent on to the folder with a relative
 * {@code Location} ({@code /api-docs/}). The container answers such a request itself, before any
 * filter of the application runs, with an absolute {@code Location} built from the request's
 * {@code Host} header, which anyone can set. {@link FolderRedirectGuard} puts it in place on Payara.
 */
final class FolderRedirectFilter extends BaseFilter {

    private static final String SEEN = FolderRedirectFilter.class.getName() + ".seen";

    private final String contextPath;
    private final Set<String> folders;

    /** {@code folders}: the application's folders, paths inside it without a trailing slash ({@code /api-docs}). */
    FolderRedirectFilter(String contextPath, Set<String> folders) {
        this.contextPath = contextPath;
        this.folders = Set.copyOf(folders);
    }

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        if (!(ctx.getMessage() instanceof HttpContent content)
                || !(content.getHttpHeader() instanceof HttpRequestPacket request)
                || request.getAttribute(SEEN) != null) {
            return ctx.getInvokeAction();
        }
        request.setAttribute(SEEN, Boolean.TRUE); // a request's later chunks pass untouched
        String method = request.getMethod().getMethodString();
        HttpResponsePacket response = request.getResponse();
        String location = ("GET".equals(method) || "HEAD".equals(method)) && response != null
                ? location(request.getRequestURI(), request.getQueryString()) : null;
        if (location == null) {
            return ctx.getInvokeAction();
        }
        request.getProcessingState().setKeepAlive(false);
        response.setStatus(301);
        response.setHeader("Location", location);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(0);
        HttpContent answer = HttpContent.builder(response).content(Buffers.EMPTY_BUFFER).last(true).build();
        Connection<?> connection = ctx.getConnection();
        CompletionHandler<WriteResult> close = new EmptyCompletionHandler<>() {
            @Override
            public void completed(WriteResult result) {
                connection.closeSilently();
            }

            @Override
            public void failed(Throwable thrown) {
                connection.closeSilently();
            }
        };
        ctx.write(answer, close);
        return ctx.getStopAction();
    }

    /** The relative Location for a request of a folder without its slash; null for anything else. */
    String location(String requestUri, String query) {
        if (requestUri == null || !requestUri.startsWith(contextPath)) {
            return null;
        }
        String path = requestUri.substring(contextPath.length());
        boolean folder = path.isEmpty() ? !contextPath.isEmpty() : folders.contains(path);
        if (!folder) {
            return null;
        }
        return contextPath + path + "/" + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
