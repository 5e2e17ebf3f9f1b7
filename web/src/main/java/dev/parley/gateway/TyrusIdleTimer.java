package dev.parley.gateway;

import dev.parley.platform.boundary.ContainerFields;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Takes Tyrus' per-frame idle timer off a gateway socket. Tyrus restarts a session's idle timer
 * on every frame it receives (and on every {@code RemoteEndpoint} send) by scheduling a task on
 * the container's managed scheduler, even when the idle timeout is off; on Payara each schedule
 * captures the caller's thread context, which costs a class-loader resource scan. The JFR profile
 * of the durable path found 39 % of the server's CPU there (docs/perf/realtime.md). The gateway
 * watches silence itself (close 4010, {@link GatewaySessions}) and sets the container's timeout
 * to 0, so the task Tyrus schedules would do nothing: this class swaps the session's scheduler
 * for one that drops exactly that task and hands everything else (Tyrus' heartbeat) to the
 * original.
 * <p>
 * The scheduler is a private field of {@code TyrusSession}, reached by reflection once per
 * class; where it is not there (another container, another Tyrus) nothing changes. It is used
 * together with the raw-frame path ({@code parley.gateway.raw-frames}).
 */
final class TyrusIdleTimer {

    /** The class of the task Tyrus schedules to close an idle session. */
    static final String IDLE_COMMAND = "org.glassfish.tyrus.core.TyrusSession$IdleTimeoutCommand";

    private static final ClassValue<Optional<Field>> FIELD =
            ContainerFields.named("service", f -> f.getType() == ScheduledExecutorService.class);

    /** Sessions share the container's scheduler, so they share one wrapper of it. */
    private static volatile WithoutIdleTimer shared;

    private TyrusIdleTimer() {
    }

    /**
     * Drops the container's idle-timer task for this session; its idle timeout must be 0 (the
     * gateway's sweep closes silent sockets). Returns whether the session was changed.
     */
    static boolean disable(Object session) {
        Optional<Field> field = FIELD.get(session.getClass());
        if (field.isEmpty()) {
            return false;
        }
        try {
            Object current = field.get().get(session);
            if (!(current instanceof ScheduledExecutorService original) || current instanceof WithoutIdleTimer) {
                return current instanceof WithoutIdleTimer;
            }
            field.get().set(session, wrapperOf(original));
            return true;
        } catch (IllegalAccessException | RuntimeException e) {
            return false;
        }
    }

    private static WithoutIdleTimer wrapperOf(ScheduledExecutorService original) {
        WithoutIdleTimer w = shared;
        if (w == null || w.delegate != original) {
            w = new WithoutIdleTimer(original);
            shared = w;
        }
        return w;
    }

    static boolean isIdleCommand(Runnable task) {
        return task.getClass().getName().equals(IDLE_COMMAND);
    }

    /** A scheduler that drops the idle-timer task and delegates the rest. */
    static final class WithoutIdleTimer implements ScheduledExecutorService {

        final ScheduledExecutorService delegate;

        WithoutIdleTimer(ScheduledExecutorService delegate) {
            this.delegate = delegate;
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            if (isIdleCommand(command)) {
                return Dropped.INSTANCE;
            }
            return delegate.schedule(command, delay, unit);
        }

        @Override
        public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
            return delegate.schedule(callable, delay, unit);
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
            return delegate.scheduleAtFixedRate(command, initialDelay, period, unit);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
                TimeUnit unit) {
            return delegate.scheduleWithFixedDelay(command, initialDelay, delay, unit);
        }

        @Override
        public void shutdown() {
            delegate.shutdown();
        }

        @Override
        public List<Runnable> shutdownNow() {
            return delegate.shutdownNow();
        }

        @Override
        public boolean isShutdown() {
            return delegate.isShutdown();
        }

        @Override
        public boolean isTerminated() {
            return delegate.isTerminated();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            return delegate.awaitTermination(timeout, unit);
        }

        @Override
        public <T> Future<T> submit(Callable<T> task) {
            return delegate.submit(task);
        }

        @Override
        public <T> Future<T> submit(Runnable task, T result) {
            return delegate.submit(task, result);
        }

        @Override
        public Future<?> submit(Runnable task) {
            return delegate.submit(task);
        }

        @Override
        public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
            return delegate.invokeAll(tasks);
        }

        @Override
        public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
                throws InterruptedException {
            return delegate.invokeAll(tasks, timeout, unit);
        }

        @Override
        public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
            return delegate.invokeAny(tasks);
        }

        @Override
        public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
                throws InterruptedException, ExecutionException, TimeoutException {
            return delegate.invokeAny(tasks, timeout, unit);
        }

        @Override
        public void execute(Runnable command) {
            delegate.execute(command);
        }
    }

    /** The future of a dropped idle-timer task: already cancelled, never runs. */
    static final class Dropped implements ScheduledFuture<Object> {

        static final Dropped INSTANCE = new Dropped();

        @Override
        public long getDelay(TimeUnit unit) {
            return 0;
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(0, other.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return false;
        }

        @Override
        public boolean isCancelled() {
            return true;
        }

        @Override
        public boolean isDone() {
            return true;
        }

        @Override
        public Object get() {
            throw new CancellationException();
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            throw new CancellationException();
        }
    }
}
