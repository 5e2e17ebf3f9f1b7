package dev.parley.message.control;

import dev.parley.platform.control.UnavailableException;
import jakarta.annotation.Resource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Group commit. Posts that arrive while a batch is being written wait and go together in the
 * next one: one transaction and one insert for many sends, so the database is not asked for a
 * commit per message. One batch is written at a time, in the order the posts were accepted, so
 * messages are stored and published in id order. Each post is completed only after its batch
 * committed; a failed batch fails every post in it with a retryable error and stores none.
 *
 * <p>Publishing (the fan-out to every connection that may see the message) runs on a thread of
 * its own, in commit order, so the next batch commits while the last one is being delivered: a
 * message to 5,000 members is 5,000 frame writes, which used to hold the writer. A post completes
 * (REST answers, the gateway acks) once it is committed, not once it is delivered.
 */
@ApplicationScoped
public class MessageWriter {

    private static final Logger LOG = Logger.getLogger(MessageWriter.class.getName());

    private final Queue<PendingPost> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    /*
     * A plain executor over the container's thread factory, not a ManagedExecutorService: a managed
     * executor captures the caller's context on every submit, and on Payara that scans the class
     * loader's resources — a third of the server's CPU at 2,000 messages/s in a JFR profile. Threads
     * from the factory carry the application's context once, so EJB calls work from them.
     */
    @Resource
    ManagedThreadFactory threads;

    private ThreadPoolExecutor executor;
    /** one thread: events are published in commit order */
    private ThreadPoolExecutor publishing;

    @Inject
    MessageBatch batch;

    @Inject
    Event<MessagePosted> posted;

    @Inject
    @ConfigProperty(name = "parley.message.batch-max")
    int batchMax;

    private Executor runner;
    private Executor publishRunner;
    private Function<List<PendingPost>, List<MessageBatch.Written>> writer;
    private java.util.function.Consumer<MessagePosted> publisher;

    public MessageWriter() {
    }

    /** For unit tests: a writer over a given executor, batch writer and publisher (the container's are set in {@link #start}). */
    MessageWriter(Executor runner, Function<List<PendingPost>, List<MessageBatch.Written>> writer,
            java.util.function.Consumer<MessagePosted> publisher, int batchMax) {
        this(runner, runner, writer, publisher, batchMax);
    }

    /** For unit tests: as above, with publishing on an executor of its own. */
    MessageWriter(Executor runner, Executor publishRunner, Function<List<PendingPost>, List<MessageBatch.Written>> writer,
            java.util.function.Consumer<MessagePosted> publisher, int batchMax) {
        this.runner = runner;
        this.publishRunner = publishRunner;
        this.writer = writer;
        this.publisher = publisher;
        this.batchMax = batchMax;
    }

    @PostConstruct
    void start() {
        executor = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
        publishing = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
        runner = executor;
        publishRunner = publishing;
        writer = batch::write;
        publisher = posted::fire;
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdown();
        }
        if (publishing != null) {
            publishing.shutdown();
        }
    }

    /** Queues a checked post; the future completes with the stored message once its batch committed. */
    CompletableFuture<MessageView> submit(PendingPost post) {
        queue.add(post);
        if (draining.compareAndSet(false, true)) {
            runner.execute(this::drain);
        }
        return post.result();
    }

    private void drain() {
        while (true) {
            List<PendingPost> next = new ArrayList<>();
            for (PendingPost p; next.size() < batchMax && (p = queue.poll()) != null; ) {
                next.add(p);
            }
            if (next.isEmpty()) {
                draining.set(false);
                // a post queued after the poll and before the reset found draining still set
                if (queue.isEmpty() || !draining.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            write(next);
        }
    }

    private void publish(List<MessagePosted> events) {
        for (MessagePosted event : events) {
            try {
                publisher.accept(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "publishing a stored message failed", e);
            }
        }
    }

    private void write(List<PendingPost> posts) {
        List<MessageBatch.Written> written;
        try {
            written = writer.apply(posts);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a batch of " + posts.size() + " messages failed; none was stored", e);
            UnavailableException failure = new UnavailableException(
                    "The message could not be stored just now; nothing was posted. Send it again.");
            posts.forEach(p -> p.result().completeExceptionally(failure));
            return;
        }
        List<MessagePosted> events = new ArrayList<>(posts.size());
        for (int i = 0; i < posts.size(); i++) {
            MessageBatch.Written w = written.get(i);
            if (w.created()) {
                events.add(new MessagePosted(w.view(), posts.get(i).serverId()));
            }
        }
        if (!events.isEmpty()) {
            // handed over first, so delivery and the acks (which the completions send) run side by side
            publishRunner.execute(() -> publish(events));
        }
        for (int i = 0; i < posts.size(); i++) {
            posts.get(i).result().complete(written.get(i).view());
        }
    }
}
