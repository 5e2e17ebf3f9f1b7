package dev.parley.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the transports (gateway sessions, the chat page's Faces push) say that one of a user's
 * live connections on this instance opened or closed, so that a feature which cares (presence)
 * can observe {@link Changed} without the transports knowing it. The changes are handed on in the
 * order they were reported, on one thread of their own: a transport reports from its socket
 * threads, under its own locks, and must neither wait for the observers (grid, database, fan-out)
 * nor deadlock with the fan-out they cause.
 */
@ApplicationScoped
public class LiveConnections {

    /** One of the user's connections on this instance opened ({@code opened}) or closed. */
    public record Changed(UUID userId, boolean opened) implements Serializable {
    }

    private static final Logger LOG = Logger.getLogger(LiveConnections.class.getName());
    private static final int MAX_WAITING = 100_000;

    @Inject
    Event<Changed> changed;

    @Resource
    ManagedThreadFactory threads;

    private ThreadPoolExecutor ordered;

    @PostConstruct
    void start() {
        ordered = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(MAX_WAITING),
                threads != null ? threads : Executors.defaultThreadFactory());
    }

    @PreDestroy
    void stop() {
        ordered.shutdown();
        try {
            ordered.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void opened(UUID userId) {
        report(new Changed(userId, true));
    }

    public void closed(UUID userId) {
        report(new Changed(userId, false));
    }

    private void report(Changed change) {
        if (change.userId() == null) {
            return;
        }
        try {
            ordered.execute(() -> {
                try {
                    changed.fire(change);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "an observer of a live connection change failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "live connection change not handed on (shutting down or overloaded)", e);
        }
    }
}
