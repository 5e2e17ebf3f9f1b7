package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The send queue and framing of one gateway connection, against a fake WebSocket session. */
class GatewayConnectionTest {

    /** A session whose client reads only when told to, or at once when {@code instant}. */
    static final class FakeSession {
        final List<String> sent = new ArrayList<>();
        final List<SendHandler> pending = new ArrayList<>();
        final List<CloseReason> closes = new ArrayList<>();
        boolean instant;
        boolean open = true;

        Session session() {
            RemoteEndpoint.Async remote = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                        if (method.getName().equals("sendText") && args.length == 2) {
                            sent.add((String) args[0]);
                            SendHandler handler = (SendHandler) args[1];
                            if (instant) {
                                handler.onResult(new SendResult());
                            } else {
                                pending.add(handler);
                            }
                            return null;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
            return (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getAsyncRemote" -> remote;
                        case "isOpen" -> open;
                        case "getId" -> "s1";
                        case "close" -> {
                            closes.add(args == null ? null : (CloseReason) args[0]);
                            open = false;
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        /** The client read the frame in flight. */
        void complete() {
            pending.remove(0).onResult(new SendResult());
        }
    }

    private static JsonObject parse(String frame) {
        try (var reader = Json.createReader(new StringReader(frame))) {
            return reader.readObject();
        }
    }

    @Test
    void framesAreNumberedAndSentOneAtATimeInOrder() {
        FakeSession fake = new FakeSession();
        GatewayConnection connection = new GatewayConnection(fake.session(), 10, Runnable::run);
        connection.send("a", "{\"n\":1}");
        connection.send("b", "{\"n\":2}");
        connection.send("c", "{}");
        assertThat(fake.sent).as("one send in flight").hasSize(1);
        fake.complete();
        fake.complete();
        assertThat(fake.sent).hasSize(3);
        assertThat(fake.sent).extracting(f -> parse(f).getJsonNumber("seq").longValue()).containsExactly(1L, 2L, 3L);
        JsonObject first = parse(fake.sent.get(0));
        assertThat(first.getString("event")).isEqualTo("a");
        assertThat(first.getJsonObject("data").getInt("n")).isEqualTo(1);
    }

    @Test
    void aContainerThatCompletesSendsAtOnceDrainsWithoutRecursion() {
        FakeSession fake = new FakeSession();
        fake.instant = true;
        GatewayConnection connection = new GatewayConnection(fake.session(), 100_000, Runnable::run);
        for (int i = 0; i < 50_000; i++) {
            connection.send("e", "{}");
        }
        assertThat(fake.sent).hasSize(50_000);
        assertThat(parse(fake.sent.get(49_999)).getJsonNumber("seq").longValue()).isEqualTo(50_000);
    }

    @Test
    void aClientThatDoesNotReadIsClosedInsteadOfBufferedForEver() {
        FakeSession fake = new FakeSession();
        GatewayConnection connection = new GatewayConnection(fake.session(), 3, Runnable::run);
        for (int i = 0; i < 4; i++) {
            connection.send("e", "{}"); // one in flight, three queued
        }
        assertThat(fake.closes).isEmpty();
        connection.send("e", "{}");
        assertThat(fake.closes).hasSize(1);
        assertThat(fake.closes.get(0).getCloseCode().getCode()).isEqualTo(1013);
        connection.send("e", "{}");
        fake.complete();
        assertThat(fake.sent).as("nothing more after the close").hasSize(1);
    }

    @Test
    void aCloseThatExplainsItselfSendsTheErrorFirst() {
        FakeSession fake = new FakeSession();
        GatewayConnection connection = new GatewayConnection(fake.session(), 10, Runnable::run);
        connection.send("error", "{\"code\":\"not-authenticated\"}");
        connection.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(4001), "authentication failed"), true);
        assertThat(fake.closes).as("the error is still on its way").isEmpty();
        connection.send("late", "{}");
        fake.complete();
        assertThat(fake.sent).hasSize(1);
        assertThat(fake.closes).hasSize(1);
        assertThat(fake.closes.get(0).getCloseCode().getCode()).isEqualTo(4001);
    }

    @Test
    void authenticatedComesFirstThenTheUserIsKnown() {
        FakeSession fake = new FakeSession();
        GatewayConnection connection = new GatewayConnection(fake.session(), 10, Runnable::run);
        UUID user = UUID.randomUUID();
        List<String> order = new ArrayList<>();
        connection.authenticated(user, "authenticated", "{}", () -> order.add("registered after " + fake.sent.size()));
        assertThat(order).containsExactly("registered after 1");
        assertThat(connection.user()).contains(user);
    }

    @Test
    void framesAreParsedStrictly() throws GatewayFrame.Malformed {
        GatewayFrame frame = GatewayFrame.parse("{\"event\":\"message:send\",\"data\":{\"content\":\"hi\",\"n\":1}}");
        assertThat(frame.event()).isEqualTo("message:send");
        assertThat(frame.text("content")).contains("hi");
        assertThat(frame.text("n")).isEmpty();
        assertThat(GatewayFrame.parse("{\"event\":\"heartbeat\"}").data()).isEmpty();
        assertThat(GatewayFrame.parse("{\"event\":\"heartbeat\",\"data\":null}").data()).isEmpty();
        for (String bad : List.of("", "{oops", "[]", "\"x\"", "{}", "{\"event\":7}", "{\"event\":\" \"}",
                "{\"event\":\"x\",\"data\":[]}", "{\"event\":\"x\",\"data\":\"y\"}")) {
            assertThatThrownBy(() -> GatewayFrame.parse(bad)).as(bad).isInstanceOf(GatewayFrame.Malformed.class);
        }
    }

    @Test
    void eventNamesAreEscapedAndDataIsInsertedAsItIs() {
        JsonObject frame = parse(GatewayFrame.render("a\"b", "{\"x\":[1,2]}", 7));
        assertThat(frame.getString("event")).isEqualTo("a\"b");
        assertThat(frame.getJsonObject("data").getJsonArray("x")).hasSize(2);
        assertThat(frame.getJsonNumber("seq").longValue()).isEqualTo(7);
    }
}
