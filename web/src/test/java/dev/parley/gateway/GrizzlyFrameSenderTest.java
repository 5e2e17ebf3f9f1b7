package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.CompletionHandler;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.memory.MemoryManager;
import org.junit.jupiter.api.Test;

/** The direct path: reaching the Grizzly connection behind Tyrus, and switching to it only with nothing of Tyrus' in flight. */
class GrizzlyFrameSenderTest {

    // the objects between Tyrus' web socket and the connection, by the names of the fields that hold them
    static final class ProtocolHandler {
        Object writer;
    }

    static final class ServletWriter {
        Object tyrusHttpUpgradeHandler;
    }

    static class UpgradeHandler {
        Object wc;
    }

    /** Tyrus' proxy: its own {@code wc} stays null; the initialised handler is behind it. */
    static final class UpgradeHandlerProxy extends UpgradeHandler {
        Object handler;
    }

    static final class WebConnection {
        Object outputStream;
    }

    static final class OutputStream {
        Object ob;
    }

    static final class CatalinaBuffer {
        Object grizzlyOutputBuffer;
    }

    static final class GrizzlyBuffer {
        Object connection;
    }

    /** A Grizzly connection that records what is written and lets the test complete it. */
    static final class Written {
        final List<Buffer> buffers = new ArrayList<>();
        final List<CompletionHandler<Object>> handlers = new ArrayList<>();

        @SuppressWarnings("unchecked")
        Connection<?> connection() {
            return (Connection<?>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getMemoryManager" -> MemoryManager.DEFAULT_MEMORY_MANAGER;
                        case "write" -> {
                            buffers.add((Buffer) args[0]);
                            handlers.add((CompletionHandler<Object>) args[1]);
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    private static ProtocolHandler graphTo(Connection<?> connection, boolean behindProxy) {
        GrizzlyBuffer grizzly = new GrizzlyBuffer();
        grizzly.connection = connection;
        CatalinaBuffer catalina = new CatalinaBuffer();
        catalina.grizzlyOutputBuffer = grizzly;
        OutputStream out = new OutputStream();
        out.ob = catalina;
        WebConnection wc = new WebConnection();
        wc.outputStream = out;
        UpgradeHandler initialised = new UpgradeHandler();
        initialised.wc = wc;
        ServletWriter writer = new ServletWriter();
        if (behindProxy) {
            UpgradeHandlerProxy proxy = new UpgradeHandlerProxy();
            proxy.handler = initialised;
            writer.tyrusHttpUpgradeHandler = proxy;
        } else {
            writer.tyrusHttpUpgradeHandler = initialised;
        }
        ProtocolHandler ph = new ProtocolHandler();
        ph.writer = writer;
        return ph;
    }

    @Test
    void theConnectionIsFoundBehindTyrusProxyAndWithoutIt() {
        Written written = new Written();
        Connection<?> connection = written.connection();
        FrameSendersTest.FakeWebSocket ws = new FrameSendersTest.FakeWebSocket();
        ws.protocolHandler = graphTo(connection, true);
        assertThat(GrizzlyFrameSender.connectionOf(ws)).containsSame(connection);
        ws.protocolHandler = graphTo(connection, false);
        assertThat(GrizzlyFrameSender.connectionOf(ws)).containsSame(connection);
        ((ServletWriter) ((ProtocolHandler) ws.protocolHandler).writer).tyrusHttpUpgradeHandler = new UpgradeHandler();
        assertThat(GrizzlyFrameSender.connectionOf(ws)).as("not initialised yet").isEmpty();
        assertThat(GrizzlyFrameSender.connectionOf(new Object())).isEmpty();
    }

    @Test
    void framesGoTyrusWayUntilItsAreWrittenThenStraightToTheConnectionInOrder() {
        FrameSendersTest.FakeAsyncRemote remote = new FrameSendersTest.FakeAsyncRemote();
        FrameSender sender = FrameSenders.forSession(FrameSendersTest.sessionWith(remote), true);
        assertThat(sender).isInstanceOf(GrizzlyFrameSender.class);
        FrameBody body = FrameBody.of("message:new", "{\"x\":1}");

        sender.send(body, 1); // the upgrade is not through: no connection yet
        assertThat(remote.webSocket.written).hasSize(1);

        Written written = new Written();
        remote.webSocket.protocolHandler = graphTo(written.connection(), true);
        sender.send(body, 2); // Tyrus still has frame 1 in flight: frame 2 must not overtake it
        assertThat(remote.webSocket.written).hasSize(2);
        assertThat(written.buffers).isEmpty();
        assertThat(sender.backlog()).isEqualTo(2);

        remote.webSocket.futures.forEach(f -> f.complete(null));
        sender.send(body, 3);
        sender.send(body, 4);
        assertThat(((GrizzlyFrameSender) sender).direct()).isTrue();
        assertThat(remote.webSocket.written).hasSize(2);
        assertThat(written.buffers).hasSize(2);
        assertThat(FrameBodyTest.decode(written.buffers.get(0).toByteBuffer())).isEqualTo(body.text(3));
        assertThat(FrameBodyTest.decode(written.buffers.get(1).toByteBuffer())).isEqualTo(body.text(4));
        assertThat(sender.backlog()).as("two written, not yet on the socket").isEqualTo(2);
        written.handlers.get(0).completed(null);
        written.handlers.get(1).failed(new java.io.IOException("gone"));
        assertThat(sender.backlog()).isZero();
    }
}
