package dev.parley.platform.boundary;

import dev.parley.platform.control.JsonText;
import dev.parley.platform.control.ProblemType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
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
 * A Grizzly filter, placed just before the one that hands requests to the web container: a
 * request whose path {@link UriCheck} refuses ({@code %00}, {@code %ff}, {@code %zz}) is answered
 * here, {@code 400} with {@code application/problem+json} of type {@code malformed-uri} (its words
 * in the language the request's {@code Accept-Language} prefers), and the connection is closed.
 * Without it the container answers such a path itself, before any application code runs: an empty
 * {@code 400 Invalid URI}, or for a broken escape an empty 200.
 * Every other request passes through untouched; the check reads the request line's bytes once per
 * request (later chunks of the same request, a body or an upgraded connection's frames, only look
 * up the verdict).
 * {@link MalformedUriGuard} puts it in place on Payara.
 */
final class MalformedUriFilter extends BaseFilter {

    private static final String VERDICT = MalformedUriFilter.class.getName() + ".verdict";
    private static final Object PASSED = "passed";
    private static final Object REFUSED = "refused";

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        if (!(ctx.getMessage() instanceof HttpContent content)
                || !(content.getHttpHeader() instanceof HttpRequestPacket request)) {
            return ctx.getInvokeAction();
        }
        // a request's body (or, once upgraded, a WebSocket's frames) comes in more chunks of the same request
        Object verdict = request.getAttribute(VERDICT);
        if (verdict != null) {
            return verdict == PASSED ? ctx.getInvokeAction() : ctx.getStopAction();
        }
        HttpResponsePacket response = request.getResponse();
        Optional<String> problem = UriCheck.problem(request.getRequestURIRef().getOriginalRequestURIBC().toString());
        if (problem.isEmpty() || response == null) {
            request.setAttribute(VERDICT, PASSED);
            return ctx.getInvokeAction();
        }
        request.setAttribute(VERDICT, REFUSED); // what else arrives for it is dropped: the connection is closing
        Locale language = ProblemTexts.negotiate(request.getHeader("Accept-Language"));
        byte[] body = body(problem.get(), language);
        request.getProcessingState().setKeepAlive(false);
        response.setStatus(ProblemType.MALFORMED_URI.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setHeader("Content-Language", language.toLanguageTag());
        response.setHeader("Vary", "Accept-Language");
        response.setContentLength(body.length);
        HttpContent answer = HttpContent.builder(response)
                .content(Buffers.wrap(ctx.getMemoryManager(), body))
                .last(true)
                .build();
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

    /** The problem document, its words in the language. */
    static byte[] body(String detail, Locale language) {
        ProblemType type = ProblemType.MALFORMED_URI;
        StringBuilder json = new StringBuilder(200).append("{\"type\":");
        JsonText.string(json, type.uri()).append(",\"title\":");
        JsonText.string(json, ProblemTexts.text(type.title(), language)).append(",\"status\":").append(type.status())
                .append(",\"detail\":");
        JsonText.string(json, ProblemTexts.text(detail, language)).append('}');
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
