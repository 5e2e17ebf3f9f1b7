package dev.parley.gateway;

import dev.parley.platform.boundary.ContainerFields;
import jakarta.websocket.Session;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;
import org.glassfish.grizzly.CompletionHandler;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.WriteResult;
import org.glassfish.grizzly.memory.Buffers;

/**
 * The fastest path on Payara: the frame's bytes, built once per recipient, are handed straight
 * to the socket's Grizzly connection (its asynchronous write queue), wrapped, not copied. Tyrus'
 * own raw send ({@link RawFrameSender}) goes through the servlet output stream of the upgraded
 * request, and Grizzly's output buffer there takes a fresh 8 KiB array for every frame it writes:
 * at 1,000 recipients × 10 messages a second that was 90 MB/s of garbage, young collections every
 * 5 s pausing 15–40 ms — the fan-out's tail. Frames the container writes itself (pongs, its close
 * frame) still go its way; each write is one message in the same queue, so frames never mix.
 *
 * <p>The connection is not public API: it is reached once per session by reflection, from the
 * Tyrus web socket through its protocol handler, servlet writer, upgrade handler and web
 * connection to the output stream's Grizzly buffer. Where any step is missing, {@link FrameSenders} falls back.
 */
final class GrizzlyFrameSender implements FrameSender, CompletionHandler<WriteResult> {

    /**
     * The fields from Tyrus' web socket to the Grizzly connection, in order, each found once per
     * class. {@code handler} is taken only where it is there: the upgrade handler the writer knows
     * is Tyrus' proxy, and the one the container initialised is behind it.
     */
    private static final List<ClassValue<Optional<Field>>> PATH = List.of("protocolHandler", "writer",
            "tyrusHttpUpgradeHandler", "handler", "wc", "outputStream", "ob", "grizzlyOutputBuffer", "connection").stream()
            .map(ContainerFields::named).toList();
    private static final int OPTIONAL_STEP = 3; // "handler"

    private static final VarHandle PENDING;

    static {
        try {
            PENDING = MethodHandles.lookup().findVarHandle(GrizzlyFrameSender.class, "pending", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final RawFrameSender tyrus;
    private Connection<?> connection; // null until the upgrade is through (Tyrus opens the session first)
    /** frames handed to the connection and not yet written (an int, not an AtomicInteger: 18,000 idle sessions) */
    private volatile int pending;

    GrizzlyFrameSender(RawFrameSender tyrus) {
        this.tyrus = tyrus;
    }

    /**
     * The direct path for this session, when the container is the one this was written for. The
     * session opens before the container has handed Tyrus its connection, so the first frames go
     * Tyrus' raw way; once all of those are written the connection is looked up and used from then
     * on (switching only with nothing of Tyrus' in flight keeps the frames in order).
     */
    static Optional<FrameSender> of(Session session) {
        return RawFrameSender.of(session).map(GrizzlyFrameSender::new);
    }

    /** Follows {@link #PATH} from the web socket; empty where a field is missing or null. */
    static Optional<Connection<?>> connectionOf(Object webSocket) {
        Object at = webSocket;
        try {
            for (int i = 0; i < PATH.size(); i++) {
                Optional<Field> field = PATH.get(i).get(at.getClass());
                if (i == OPTIONAL_STEP) {
                    Object behind = field.isEmpty() ? null : field.get().get(at);
                    at = behind != null ? behind : at;
                    continue;
                }
                if (field.isEmpty()) {
                    return Optional.empty();
                }
                at = field.get().get(at);
                if (at == null) {
                    return Optional.empty();
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
        return at instanceof Connection<?> c ? Optional.of(c) : Optional.empty();
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void send(FrameBody body, long seq) {
        if (connection == null && tyrus.backlog() == 0) {
            connection = connectionOf(tyrus.webSocket()).orElse(null);
        }
        if (connection == null) {
            tyrus.send(body, seq);
            return;
        }
        PENDING.getAndAdd(this, 1);
        try {
            ((Connection) connection).write(Buffers.wrap(connection.getMemoryManager(), body.wsFrame(seq)), this);
        } catch (RuntimeException e) {
            PENDING.getAndAdd(this, -1);
            throw e;
        }
    }

    /** Whether frames now go straight to the connection. */
    boolean direct() {
        return connection != null;
    }

    @Override
    public int backlog() {
        return tyrus.backlog() + pending;
    }

    // the connection's answer to each write: the sender is its own completion handler

    @Override
    public void completed(WriteResult result) {
        PENDING.getAndAdd(this, -1);
    }

    @Override
    public void failed(Throwable thrown) {
        PENDING.getAndAdd(this, -1); // the socket is gone; the container reports the close
    }

    @Override
    public void cancelled() {
        PENDING.getAndAdd(this, -1);
    }

    @Override
    public void updated(WriteResult result) {
    }
}
