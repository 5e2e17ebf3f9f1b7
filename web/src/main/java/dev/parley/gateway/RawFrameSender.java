package dev.parley.gateway;

import dev.parley.platform.boundary.ContainerFields;
import jakarta.websocket.Session;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.Future;

/**
 * The fast path on Payara (Tyrus): the frame's bytes, built once per recipient by copying, are
 * written with {@code TyrusWebSocket.sendRawFrame}. That skips what each {@code RemoteEndpoint}
 * send does first (re-scheduling the session's idle timer under a shared lock), the cost that made
 * per-session sends fall seconds behind at 1,000 recipients (see shared/PLATFORM.md). The
 * {@code TyrusWebSocket} is not public API: it is reached by reflection once per class, and when
 * it is not there (another container, another Tyrus) {@link FrameSenders} uses the portable path.
 */
final class RawFrameSender implements FrameSender {

    private static final ClassValue<Optional<Access>> ACCESS = new ClassValue<>() {
        @Override
        protected Optional<Access> computeValue(Class<?> remoteType) {
            return Access.find(remoteType);
        }
    };

    private static final ClassValue<Optional<Field>> WEB_SOCKET = ContainerFields.named("webSocket");

    /** How to get from a session's remote endpoint to its raw send. */
    record Access(MethodHandle webSocket, MethodHandle sendRaw) {

        static Optional<Access> find(Class<?> remoteType) {
            try {
                Field field = WEB_SOCKET.get(remoteType).orElse(null);
                if (field == null) {
                    return Optional.empty();
                }
                Method send = field.getType().getMethod("sendRawFrame", ByteBuffer.class);
                send.setAccessible(true);
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                return Optional.of(new Access(lookup.unreflectGetter(field), lookup.unreflect(send)));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    private final Object webSocket;
    private final MethodHandle sendRaw;
    private final ArrayDeque<Future<?>> inFlight = new ArrayDeque<>(1); // two slots: most sessions are idle

    private RawFrameSender(Object webSocket, MethodHandle sendRaw) {
        this.webSocket = webSocket;
        this.sendRaw = sendRaw;
    }

    /** The raw path for this session, when the container has one. */
    static Optional<RawFrameSender> of(Session session) {
        Object remote = session.getAsyncRemote();
        return ACCESS.get(remote.getClass()).flatMap(access -> webSocket(access, remote)
                .map(ws -> new RawFrameSender(ws, access.sendRaw())));
    }

    /** The session's {@code TyrusWebSocket}, where the direct path starts ({@link GrizzlyFrameSender}). */
    Object webSocket() {
        return webSocket;
    }

    private static Optional<Object> webSocket(Access access, Object remote) {
        try {
            return Optional.ofNullable(access.webSocket().invoke(remote));
        } catch (Throwable t) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized void send(FrameBody body, long seq) {
        try {
            Object written = sendRaw.invoke(webSocket, body.wsFrame(seq));
            if (written instanceof Future<?> f && !f.isDone()) {
                inFlight.add(f);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("raw WebSocket send failed", t);
        }
    }

    @Override
    public synchronized int backlog() {
        while (!inFlight.isEmpty() && inFlight.peek().isDone()) {
            inFlight.poll();
        }
        return inFlight.size();
    }
}
