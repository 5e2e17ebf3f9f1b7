package dev.parley.message.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.message.entity.Message;
import dev.parley.platform.control.UnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Group commit: posts that wait go together, in order; a failed batch fails all of its posts. */
class MessageWriterTest {

    /** An executor that runs what it is given only when told. */
    static final class ManualExecutor implements Executor {
        final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void execute(Runnable command) {
            tasks.add(command);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.remove(0).run();
            }
        }
    }

    private static PendingPost post(String content) {
        return new PendingPost(new Message(UUID.randomUUID(), UUID.randomUUID(), content, null), UUID.randomUUID(),
                new CompletableFuture<>());
    }

    private static MessageBatch.Written written(PendingPost p) {
        Message m = p.message();
        return new MessageBatch.Written(new MessageView(m.getId(), m.getChannelId(), null, m.getContent(), "text",
                false, null, m.getCreatedAt().toInstant(), null), true);
    }

    @Test
    void postsThatArriveTogetherShareOneBatchInTheOrderTheyCame() {
        ManualExecutor executor = new ManualExecutor();
        List<List<String>> batches = new ArrayList<>();
        List<String> published = new ArrayList<>();
        MessageWriter writer = new MessageWriter(executor, posts -> {
            batches.add(posts.stream().map(p -> p.message().getContent()).toList());
            return posts.stream().map(MessageWriterTest::written).toList();
        }, e -> published.add(e.message().content()), 256);
        List<CompletableFuture<MessageView>> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            results.add(writer.submit(post("m" + i)));
        }
        assertThat(executor.tasks).as("one drain for all five").hasSize(1);
        assertThat(results).noneMatch(CompletableFuture::isDone);
        executor.runAll();
        assertThat(batches).containsExactly(List.of("m0", "m1", "m2", "m3", "m4"));
        assertThat(published).containsExactly("m0", "m1", "m2", "m3", "m4");
        assertThat(results).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
        assertThat(results.get(3).join().content()).isEqualTo("m3");
    }

    @Test
    void aBatchIsCappedAndTheRestGoesInTheNext() {
        ManualExecutor executor = new ManualExecutor();
        List<Integer> sizes = new ArrayList<>();
        MessageWriter writer = new MessageWriter(executor, posts -> {
            sizes.add(posts.size());
            return posts.stream().map(MessageWriterTest::written).toList();
        }, e -> { }, 3);
        for (int i = 0; i < 7; i++) {
            writer.submit(post("m" + i));
        }
        executor.runAll();
        assertThat(sizes).containsExactly(3, 3, 1);
    }

    @Test
    void aFailedBatchFailsEachOfItsPostsWithARetryableErrorAndPublishesNothing() {
        ManualExecutor executor = new ManualExecutor();
        List<String> published = new ArrayList<>();
        boolean[] fail = {true};
        MessageWriter writer = new MessageWriter(executor, posts -> {
            if (fail[0]) {
                throw new IllegalStateException("the database went away");
            }
            return posts.stream().map(MessageWriterTest::written).toList();
        }, e -> published.add(e.message().content()), 256);
        CompletableFuture<MessageView> a = writer.submit(post("a"));
        CompletableFuture<MessageView> b = writer.submit(post("b"));
        executor.runAll();
        for (CompletableFuture<MessageView> f : List.of(a, b)) {
            assertThat(f).isCompletedExceptionally();
            try {
                f.get();
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(UnavailableException.class);
                assertThat(((UnavailableException) e.getCause()).status()).isEqualTo(503);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        assertThat(published).isEmpty();
        fail[0] = false;
        CompletableFuture<MessageView> c = writer.submit(post("c"));
        executor.runAll();
        assertThat(c.join().content()).as("the writer goes on after a failure").isEqualTo("c");
        assertThat(published).containsExactly("c");
    }

    @Test
    void aRepeatedNonceIsAnsweredWithTheFirstMessageAndNotPublishedAgain() {
        ManualExecutor executor = new ManualExecutor();
        List<String> published = new ArrayList<>();
        PendingPost first = post("first");
        MessageWriter writer = new MessageWriter(executor, posts -> posts.stream()
                .map(p -> new MessageBatch.Written(written(first).view(), p == first)).toList(),
                e -> published.add(e.message().content()), 256);
        CompletableFuture<MessageView> one = writer.submit(first);
        CompletableFuture<MessageView> again = writer.submit(post("repeat"));
        executor.runAll();
        assertThat(again.join().id()).isEqualTo(one.join().id());
        assertThat(published).containsExactly("first");
    }

    @Test
    void deliveryRunsBesideTheNextBatchInCommitOrderAndAPostCompletesOnceCommitted() {
        ManualExecutor writes = new ManualExecutor();
        ManualExecutor publishing = new ManualExecutor();
        List<String> published = new ArrayList<>();
        MessageWriter writer = new MessageWriter(writes, publishing,
                posts -> posts.stream().map(MessageWriterTest::written).toList(),
                e -> published.add(e.message().content()), 256);
        CompletableFuture<MessageView> first = writer.submit(post("a"));
        writes.runAll();
        assertThat(first).as("committed: the sender is answered before delivery").isCompleted();
        assertThat(published).as("delivery waits for its own thread").isEmpty();
        CompletableFuture<MessageView> second = writer.submit(post("b"));
        writes.runAll();
        assertThat(second).as("the next batch did not wait for the last one's delivery").isCompleted();
        publishing.runAll();
        assertThat(published).containsExactly("a", "b");
    }
}
