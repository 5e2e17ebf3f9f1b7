package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Both send paths: the raw frame path where the container has it, the portable send otherwise. */
class FrameSendersTest {

    /** Stands for Tyrus' TyrusWebSocket: what the raw path calls. */
    public static final class FakeWebSocket {
        /** Where Tyrus' web socket leads to the Grizzly connection ({@link GrizzlyFrameSenderTest}); none here. */
        Object protocolHandler;
        final List<ByteBuffer> written = new ArrayList<>();
        final List<CompletableFuture<Object>> futures = new ArrayList<>();

        public Future<Object> sendRawFrame(ByteBuffer frame) {
            written.add(frame);
            CompletableFuture<Object> f = new CompletableFuture<>();
            futures.add(f);
            return f;
        }
    }

    /** Stands for Tyrus' TyrusRemoteEndpoint, whose field holds the web socket. */
    abstract static class FakeRemoteBase implements RemoteEndpoint.Async {
        final FakeWebSocket webSocket = new FakeWebSocket();

        // the raw path must use none of the portable API
        @Override
        public long getSendTimeout() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setSendTimeout(long timeout) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sendText(String text, SendHandler handler) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Future<Void> sendText(String text) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Future<Void> sendBinary(ByteBuffer data) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sendBinary(ByteBuffer data, SendHandler handler) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Future<Void> sendObject(Object data) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sendObject(Object data, SendHandler handler) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setBatchingAllowed(boolean allowed) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getBatchingAllowed() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void flushBatch() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sendPing(ByteBuffer applicationData) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sendPong(ByteBuffer applicationData) {
            throw new UnsupportedOperationException();
        }
    }

    /** Stands for TyrusRemoteEndpoint.Async, the class a session hands out. */
    static final class FakeAsyncRemote extends FakeRemoteBase {
    }

    static Session sessionWith(Object remote) {
        return (Session) Proxy.newProxyInstance(FrameSendersTest.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAsyncRemote" -> remote;
                    case "getId" -> "s";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theRawPathWritesTheEncodedFrameAndCountsWhatIsNotWrittenYet() {
        FakeAsyncRemote remote = new FakeAsyncRemote();
        FrameSender sender = RawFrameSender.of(sessionWith(remote)).orElseThrow();
        FrameBody body = FrameBody.of("message:new", "{\"x\":1}");
        sender.send(body, 41);
        sender.send(body, 42);
        assertThat(remote.webSocket.written).hasSize(2);
        assertThat(FrameBodyTest.decode(remote.webSocket.written.get(1))).isEqualTo(body.text(42));
        assertThat(sender.backlog()).isEqualTo(2);
        remote.webSocket.futures.get(0).complete(null);
        assertThat(sender.backlog()).isEqualTo(1);
    }

    @Test
    void withoutTheContainersRawPathThePortableSendIsUsed() {
        GatewayConnectionTest.FakeSession fake = new GatewayConnectionTest.FakeSession();
        fake.instant = true;
        Session session = fake.session(); // a plain RemoteEndpoint.Async: no web socket field
        assertThat(RawFrameSender.of(session)).isEmpty();
        FrameSender sender = FrameSenders.forSession(session, true);
        assertThat(sender).isInstanceOf(PortableFrameSender.class);
        sender.send(FrameBody.of("e", "{}"), 5);
        assertThat(fake.sent).containsExactly(FrameBody.of("e", "{}").text(5));
    }

    @Test
    void theRawPathCanBeSwitchedOff() {
        assertThat(FrameSenders.forSession(sessionWith(new FakeAsyncRemote()), false))
                .isInstanceOf(PortableFrameSender.class);
        assertThat(FrameSenders.forSession(sessionWith(new FakeAsyncRemote()), true)).isInstanceOf(GrizzlyFrameSender.class);
    }
}
