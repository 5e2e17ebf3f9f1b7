package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.glassfish.tyrus.core.TyrusSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tyrus' per-frame idle-timer task is dropped, everything else still reaches the container's scheduler. */
class TyrusIdleTimerTest {

    /** Counts what reaches the container's scheduler. */
    static final class CountingScheduler extends ScheduledThreadPoolExecutor {
        final List<Runnable> scheduled = new ArrayList<>();

        CountingScheduler() {
            super(1);
        }

        @Override
        public synchronized java.util.concurrent.ScheduledFuture<?> schedule(Runnable command, long delay,
                TimeUnit unit) {
            scheduled.add(command);
            return super.schedule(command, delay, unit);
        }

        @Override
        public synchronized java.util.concurrent.ScheduledFuture<?> scheduleAtFixedRate(Runnable command,
                long initialDelay, long period, TimeUnit unit) {
            scheduled.add(command);
            return super.scheduleAtFixedRate(command, initialDelay, period, unit);
        }
    }

    private final CountingScheduler container = new CountingScheduler();

    @AfterEach
    void stop() {
        container.shutdownNow();
    }

    @Test
    void withoutTheSwapEveryFrameSchedulesOnTheContainer() {
        TyrusSession session = new TyrusSession(container);
        session.restartIdleTimeoutExecutor();
        session.restartIdleTimeoutExecutor();
        assertThat(container.scheduled).hasSize(2);
    }

    @Test
    void theIdleTaskNoLongerReachesTheContainer() {
        TyrusSession session = new TyrusSession(container);
        assertThat(TyrusIdleTimer.disable(session)).isTrue();
        for (int i = 0; i < 1000; i++) {
            session.restartIdleTimeoutExecutor();
        }
        assertThat(container.scheduled).isEmpty();
    }

    @Test
    void otherTasksStillRunOnTheContainersScheduler() throws Exception {
        TyrusSession session = new TyrusSession(container);
        TyrusIdleTimer.disable(session);
        java.util.concurrent.CountDownLatch pinged = new java.util.concurrent.CountDownLatch(1);
        session.heartbeat(pinged::countDown);
        assertThat(pinged.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(container.scheduled).hasSize(1);
    }

    @Test
    void sessionsShareOneWrapperAndASecondSwapChangesNothing() {
        TyrusSession a = new TyrusSession(container);
        TyrusSession b = new TyrusSession(container);
        TyrusIdleTimer.disable(a);
        TyrusIdleTimer.disable(b);
        assertThat(a.service()).isSameAs(b.service()).isInstanceOf(TyrusIdleTimer.WithoutIdleTimer.class);
        ScheduledExecutorService before = a.service();
        assertThat(TyrusIdleTimer.disable(a)).isTrue();
        assertThat(a.service()).isSameAs(before);
    }

    @Test
    void aDroppedTaskLooksCancelled() {
        assertThat(TyrusIdleTimer.Dropped.INSTANCE.isCancelled()).isTrue();
        Assertions.assertThatThrownBy(TyrusIdleTimer.Dropped.INSTANCE::get).isInstanceOf(CancellationException.class);
    }

    @Test
    void anotherContainersSessionIsLeftAlone() {
        Object notTyrus = new Object() {
            @SuppressWarnings("unused")
            private final String service = "not a scheduler";
        };
        assertThat(TyrusIdleTimer.disable(notTyrus)).isFalse();
    }
}
