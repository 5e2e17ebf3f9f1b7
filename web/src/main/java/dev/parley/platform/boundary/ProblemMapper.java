package dev.parley.platform.boundary;

import dev.parley.platform.control.ParleyException;
import dev.parley.platform.control.ProblemType;
import dev.parley.platform.control.RateLimitedException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where failures become HTTP answers: business exceptions keep their status and
 * type, JAX-RS's own (unknown path, wrong method, unreadable body) get theirs, and anything
 * unexpected is a 500 whose details go to the log under an id, never to the client. The words
 * (title, detail, field complaints) are in the language the request's {@code Accept-Language} prefers
 * among English and Russian ({@link ProblemTexts}), said in {@code Content-Language}.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        Problem problem = problemFor(cause);
        Response response = respond(problem, ProblemTexts.negotiate(acceptLanguage()));
        if (problem.status() == 413) {
            // the client is still sending the rest of the body: end the connection, not just the request
            return Response.fromResponse(response).header("Connection", "close").build();
        }
        if (cause instanceof RateLimitedException limited) {
            return Response.fromResponse(response).header("Retry-After", limited.retryAfterSeconds()).build();
        }
        return response;
    }

    static Problem problemFor(Throwable t) {
        if (causedBy(t, BodyLimitFilter.BodyTooLargeException.class)) {
            return forStatus(413);
        }
        ParleyException business = find(t, ParleyException.class);
        if (business != null) {
            ParleyException p = business;
            if (p.getCause() != null) {
                LOG.log(Level.WARNING, "refused with " + p.type() + ": " + p.getMessage(), p.getCause());
            }
            return Problem.of(p.problemType(), p.getMessage(), p.fields());
        }
        if (t instanceof WebApplicationException w) {
            if (causedByBadJson(w)) {
                return malformedJson();
            }
            int status = w.getResponse().getStatus();
            return status >= 500 && status != 503 ? internal(w) : forStatus(status);
        }
        if (t instanceof JsonbException || t instanceof ProcessingException) {
            return malformedJson();
        }
        return internal(t);
    }

    /** The problem for an HTTP status that no business exception explains (the container's own). */
    static Problem forStatus(int status) {
        return Problem.of(ProblemType.forStatus(status), status, null, null);
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        return find(t, type) != null;
    }

    /** The first in the cause chain of that type: JAX-RS may wrap what a body reader threw. */
    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static boolean causedByBadJson(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof JsonbException || c instanceof jakarta.json.JsonException) {
                return true;
            }
        }
        return false;
    }

    private static Problem malformedJson() {
        return Problem.of(ProblemType.MALFORMED_JSON, null, Map.of("body", "is not valid JSON of the expected shape"));
    }

    private static Problem internal(Throwable t) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected failure, incident " + incident, t);
        return Problem.of(ProblemType.INTERNAL, ProblemType.INTERNAL.defaultDetail() + " Incident " + incident + ".", null);
    }

    /** The cause an EJB container wrapped in {@link EJBException}s. */
    public static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** The problem as the answer, in the language. */
    static Response respond(Problem problem, Locale language) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.in(language))
                .language(language).header("Vary", "Accept-Language").build();
    }

    /** The request's {@code Accept-Language}, null for none. */
    private String acceptLanguage() {
        try {
            return headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        } catch (IllegalStateException outsideARequest) {
            return null;
        }
    }
}
