package org.glassfish.tyrus.core;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in with the shape of Tyrus' session that {@code TyrusIdleTimer} relies on: a private
 * {@code service} scheduler, and the idle-timer task it schedules on every frame. Tyrus itself is
 * not on the unit tests' class path (the container brings it).
 */
public class TyrusSession {

    private ScheduledExecutorService service;

    public TyrusSession(ScheduledExecutorService service) {
        this.service = service;
    }

    public ScheduledExecutorService service() {
        return service;
    }

    /** What Tyrus does on each frame it reads. */
    public void restartIdleTimeoutExecutor() {
        service.schedule(new IdleTimeoutCommand(), 0, TimeUnit.MILLISECONDS);
    }

    /** What Tyrus' heartbeat does. */
    public void heartbeat(Runnable ping) {
        service.scheduleAtFixedRate(ping, 1, 1, TimeUnit.MILLISECONDS);
    }

    private final class IdleTimeoutCommand implements Runnable {
        @Override
        public void run() {
        }
    }
}
