package dev.parley.gateway;

import dev.parley.platform.boundary.ProblemMapper;
import dev.parley.platform.boundary.ProblemTexts;
import dev.parley.platform.control.ParleyException;
import dev.parley.platform.control.ProblemType;
import dev.parley.platform.control.RateLimitedException;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The gateway's one error mapping: every failure becomes an {@code error} event whose
 * {@code code} and {@code status} are the ones REST would answer (the problem type's last
 * segment). Its {@code message} and the texts of its {@code fields} are in the language of the
 * connection ({@link GatewayConnection#language()}: its handshake's {@code Accept-Language}); the field
 * names never change. Unexpected failures are logged under an incident id; their details never reach
 * the client. Tokens and message content are never logged.
 */
final class GatewayErrors {

    private static final Logger LOG = Logger.getLogger(GatewayErrors.class.getName());

    private GatewayErrors() {
    }

    static FrameBody body(ProblemType type, String message, Map<String, String> fields, String forEvent,
            Locale language) {
        return FrameBody.of(GatewayProtocol.ERROR, data(type, message, fields, null, forEvent, null, language));
    }

    /** The error event for a failure while answering {@code frame}. */
    static FrameBody of(Throwable failure, GatewayFrame frame, Locale language) {
        Throwable t = ProblemMapper.unwrap(failure);
        String nonce = frame == null ? null : frame.text("nonce").orElse(null);
        String event = frame == null ? null : frame.event();
        if (t instanceof ParleyException p) {
            Double retryAfter = p instanceof RateLimitedException r ? (double) r.retryAfterSeconds() : null;
            return FrameBody.of(GatewayProtocol.ERROR, data(p.problemType(), p.getMessage(), p.fields(), nonce,
                    event, retryAfter, language));
        }
        String incident = UUID.randomUUID().toString();
        // the event name is the client's text: only a plausible one goes into the log
        String logged = event != null && event.matches("[a-z:-]{1,32}") ? event : "?";
        LOG.log(Level.SEVERE, "unexpected gateway failure on " + logged + ", incident " + incident, t);
        return FrameBody.of(GatewayProtocol.ERROR, data(ProblemType.INTERNAL,
                ProblemType.INTERNAL.defaultDetail() + " Incident " + incident + ".", Map.of(), nonce, event, null,
                language));
    }

    /** A refused event because the connection sends too fast. */
    static FrameBody rateLimited(GatewayFrame frame, double retryAfterSeconds, Locale language) {
        return FrameBody.of(GatewayProtocol.ERROR, data(ProblemType.RATE_LIMITED,
                "You are sending too fast; wait before sending again.", Map.of(),
                frame.text("nonce").orElse(null), frame.event(), Math.max(0.001, retryAfterSeconds), language));
    }

    static String data(ProblemType type, String message, Map<String, String> fields, String nonce,
            String event, Double retryAfter, Locale language) {
        JsonObjectBuilder f = GatewayFrame.JSON.createObjectBuilder();
        if (fields != null) {
            ProblemTexts.fields(fields, language).forEach(f::add);
        }
        JsonObjectBuilder data = GatewayFrame.JSON.createObjectBuilder().add("code", type.slug()).add("status", type.status())
                .add("message", ProblemTexts.text(message, language)).add("fields", f);
        if (nonce != null) {
            data.add("nonce", nonce);
        }
        if (event != null) {
            data.add("for", event.length() > 64 ? event.substring(0, 64) : event);
        }
        if (retryAfter != null) {
            data.add("retryAfter", Math.round(retryAfter * 1000) / 1000.0);
        }
        return data.build().toString();
    }
}
