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
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One gateway session against a fake WebSocket: numbering, replies, holding, backpressure, resume, rate limit. */
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
                        case "setMaxTextMessageBufferSize", "setMaxBinaryMessageBufferSize", "setMaxIdleTimeout" -> null;
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

    static JsonObject parse(String frame) {
        try (var reader = Json.createReader(new StringReader(frame))) {
            return reader.readObject();
        }
    }

    private static final GatewayConnection.Limits LIMITS = new GatewayConnection.Limits(3, 1000, 120_000, 10, 20, 256,
            false);

    private static GatewayConnection authenticated(FakeSession fake, GatewayConnection.Limits limits) {
        GatewayConnection c = new GatewayConnection(fake.session(), limits, Runnable::run, () -> 0L);
        c.authenticating(UUID.randomUUID());
        c.authenticated(c.user().orElseThrow(), Set.of(), FrameBody.of("authenticated", "{}"));
        return c;
    }

    private static final UUID STREAM = UUID.randomUUID();

    static ResumeRecord.EventKey key(long pos) {
        return new ResumeRecord.EventKey(STREAM, pos);
    }

    private static FrameBody event(int n) {
        return FrameBody.of("e", "{\"n\":" + n + "}");
    }

    @Test
    void liveEventsAreNumberedAndSentOneAtATimeInOrderRepliesAreNot() {
        FakeSession fake = new FakeSession();
        fake.instant = true;
        GatewayConnection connection = authenticated(fake, LIMITS);
        connection.dispatch(event(1), key(1));
        connection.reply(FrameBody.of("heartbeat:ack", "{}"));
        connection.dispatch(event(2), key(2));
        assertThat(fake.sent).hasSize(4);
        assertThat(parse(fake.sent.get(0)).containsKey("seq")).as("authenticated is a reply").isFalse();
        assertThat(parse(fake.sent.get(1)).getJsonNumber("seq").longValue()).isEqualTo(1);
        assertThat(parse(fake.sent.get(1)).getJsonObject("data").getInt("n")).isEqualTo(1);
        assertThat(parse(fake.sent.get(2)).containsKey("seq")).isFalse();
        assertThat(parse(fake.sent.get(3)).getJsonNumber("seq").longValue()).isEqualTo(2);
    }

    @Test
    void eventsThatArriveWhileAuthenticatingFollowAuthenticated() {
        FakeSession fake = new FakeSession();
        fake.instant = true;
        GatewayConnection c = new GatewayConnection(fake.session(), LIMITS, Runnable::run, () -> 0L);
        UUID user = UUID.randomUUID();
        c.authenticating(user);
        c.dispatch(event(1), key(1));
        assertThat(fake.sent).isEmpty();
        c.authenticated(user, Set.of(), FrameBody.of("authenticated", "{}"));
        assertThat(fake.sent).extracting(f -> parse(f).getString("event")).containsExactly("authenticated", "e");
        assertThat(parse(fake.sent.get(1)).getJsonNumber("seq").longValue()).isEqualTo(1);
    }

    @Test
    void aContainerThatCompletesSendsAtOnceDrainsWithoutRecursion() {
        FakeSession fake = new FakeSession();
        fake.instant = true;
        GatewayConnection connection = authenticated(fake, new GatewayConnection.Limits(10, 10, 120_000, 10, 20, 256,
                false));
        for (int i = 0; i < 50_000; i++) {
            connection.dispatch(event(i), key(i));
        }
        assertThat(fake.sent).hasSize(50_001);
        assertThat(parse(fake.sent.get(50_000)).getJsonNumber("seq").longValue()).isEqualTo(50_000);
    }

    @Test
    void aClientThatFallsBehindIsDetachedAndResumesWhereItLeftOff() {
        FakeSession fake = new FakeSession();
        GatewayConnection connection = authenticated(fake, LIMITS); // authenticated is in flight
        fake.complete();
        for (int i = 1; i <= 4; i++) {
            connection.dispatch(event(i), key(i)); // one in flight, then two queued: the backlog is 3
        }
        assertThat(fake.closes).hasSize(1);
        assertThat(fake.closes.get(0).getCloseCode().getCode()).isEqualTo(4009);
        connection.dispatch(event(5), key(5));
        assertThat(connection.detachedAt()).isNotNegative();

        FakeSession again = new FakeSession();
        again.instant = true;
        assertThat(connection.resume(again.session(), 1, FrameBody.of("resumed", "{}"), 10)).isTrue();
        assertThat(again.sent).extracting(f -> parse(f).getString("event")).containsExactly("e", "e", "e", "e",
                "resumed");
        assertThat(again.sent.subList(0, 4)).extracting(f -> parse(f).getJsonNumber("seq").longValue())
                .containsExactly(2L, 3L, 4L, 5L);
        connection.dispatch(event(6), key(6));
        assertThat(parse(again.sent.get(5)).getJsonNumber("seq").longValue()).isEqualTo(6);
    }

    @Test
    void aResumeFromBeforeWhatIsKeptIsRefused() {
        FakeSession fake = new FakeSession();
        fake.instant = true;
        GatewayConnection connection = authenticated(fake, new GatewayConnection.Limits(10, 2, 120_000, 10, 20, 256,
                false));
        for (int i = 1; i <= 5; i++) {
            connection.dispatch(event(i), key(i)); // only 4 and 5 are kept
        }
        connection.detach(null);
        FakeSession again = new FakeSession();
        assertThat(connection.resume(again.session(), 2, FrameBody.of("resumed", "{}"), 10)).isFalse();
        assertThat(connection.resume(again.session(), 6, FrameBody.of("resumed", "{}"), 10)).as("from the future")
                .isFalse();
        assertThat(connection.resume(again.session(), 3, FrameBody.of("resumed", "{}"), 10)).isTrue();
    }

    @Test
    void aClosedSessionSendsNothingAndCannotBeResumed() {
        FakeSession fake = new FakeSession();
        fake.instant = true;
        GatewayConnection connection = authenticated(fake, LIMITS);
        connection.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(4001), "authentication failed"));
        connection.dispatch(event(1), key(1));
        assertThat(fake.sent).hasSize(1);
        assertThat(fake.closes).extracting(r -> r.getCloseCode().getCode()).containsExactly(4001);
        assertThat(connection.resume(new FakeSession().session(), 0, FrameBody.of("resumed", "{}"), 10)).isFalse();
    }

    @Test
    void ephemeralEventsCarryNoSeqAreNotKeptAndAreDroppedFirstForAClientThatIsBehind() {
        FakeSession fake = new FakeSession();
        // at most 8 frames waiting; ephemeral events only while fewer than 2 wait
        GatewayConnection connection = authenticated(fake, new GatewayConnection.Limits(8, 1000, 120_000, 10, 20, 256,
                false));
        fake.complete(); // authenticated was read: nothing waits
        assertThat(connection.offer(FrameBody.of("typing:user", "{\"n\":1}"))).as("in flight: 1 waiting").isTrue();
        connection.dispatch(event(1), key(1)); // 2 waiting
        assertThat(connection.offer(FrameBody.of("typing:user", "{\"n\":2}"))).as("behind: dropped").isFalse();
        connection.dispatch(event(2), key(2));
        assertThat(connection.offer(FrameBody.of("presence:user", "{\"n\":3}"))).isFalse();
        for (int i = 0; i < 3; i++) {
            fake.complete();
        }
        assertThat(connection.offer(FrameBody.of("typing:user", "{\"n\":4}"))).as("caught up").isTrue();
        connection.dispatch(event(3), key(3));
        while (!fake.pending.isEmpty()) {
            fake.complete();
        }
        assertThat(fake.sent).extracting(f -> parse(f).getString("event") + "/" + parse(f).getJsonObject("data").getInt("n", 0)
                + "/" + (parse(f).containsKey("seq") ? parse(f).getJsonNumber("seq").longValue() : "-"))
                .containsExactly("authenticated/0/-", "typing:user/1/-", "e/1/1", "e/2/2", "typing:user/4/-", "e/3/3");
        assertThat(fake.closes).as("dropping passes quietly: no close").isEmpty();

        connection.detach(null);
        assertThat(connection.offer(FrameBody.of("typing:user", "{\"n\":5}"))).as("detached: nothing kept").isFalse();
        FakeSession again = new FakeSession();
        again.instant = true;
        assertThat(connection.resume(again.session(), 1, FrameBody.of("resumed", "{}"), 10)).isTrue();
        assertThat(again.sent).as("a resume replays the numbered events only, without a gap")
                .extracting(f -> parse(f).getString("event")).containsExactly("e", "e", "resumed");
        assertThat(again.sent.subList(0, 2)).extracting(f -> parse(f).getJsonNumber("seq").longValue())
                .containsExactly(2L, 3L);
    }

    @Test
    void anEphemeralEventWaitsForNoOneStillAuthenticating() {
        FakeSession fake = new FakeSession();
        fake.instant = true;
        GatewayConnection c = new GatewayConnection(fake.session(), LIMITS, Runnable::run, () -> 0L);
        UUID user = UUID.randomUUID();
        c.authenticating(user);
        assertThat(c.offer(FrameBody.of("typing:user", "{}"))).isFalse();
        c.authenticated(user, Set.of(), FrameBody.of("authenticated", "{}"));
        assertThat(fake.sent).extracting(f -> parse(f).getString("event")).containsExactly("authenticated");
    }

    @Test
    void theWatchCountsASessionWhileItHasASocket() {
        List<String> told = new ArrayList<>();
        FakeSession fake = new FakeSession();
        fake.instant = true;
        GatewayConnection c = new GatewayConnection(fake.session(), LIMITS, Runnable::run, () -> 0L);
        c.watch(new ConnectionWatch() {
            @Override
            public void opened(UUID user) {
                told.add("opened");
            }

            @Override
            public void closed(UUID user) {
                told.add("closed");
            }
        });
        UUID user = UUID.randomUUID();
        c.authenticating(user);
        assertThat(told).as("not before it is authenticated").isEmpty();
        c.authenticated(user, Set.of(), FrameBody.of("authenticated", "{}"));
        c.detach(null);
        c.detach(null);
        FakeSession again = new FakeSession();
        again.instant = true;
        assertThat(c.resume(again.session(), 0, FrameBody.of("resumed", "{}"), 10)).isTrue();
        FakeSession third = new FakeSession();
        third.instant = true;
        assertThat(c.resume(third.session(), 0, FrameBody.of("resumed", "{}"), 10)).as("taken over while attached")
                .isTrue();
        c.close(null);
        c.close(null);
        assertThat(told).containsExactly("opened", "closed", "opened", "closed");
    }

    @Test
    void theRateLimitAllowsABurstThenSaysHowLongToWait() {
        GatewayConnection c = new GatewayConnection(new FakeSession().session(), LIMITS, Runnable::run, () -> 0L);
        for (int i = 0; i < 20; i++) {
            assertThat(c.takeToken(0)).as("burst " + i).isZero();
        }
        assertThat(c.takeToken(0)).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.takeToken(100)).as("a tenth of a second later one more").isZero();
        assertThat(c.takeToken(100)).isPositive();
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
                "{\"event\":\"x\",\"data\":[]}", "{\"event\":\"x\",\"data\":\"y\"}",
                "{\"event\":\"x\",\"event\":\"y\"}", "{\"event\":\"x\",\"data\":{\"a\":1,\"a\":2}}", "{\"event\":\"x\"} trailing", "{\"event\":\"x\"}{}")) {
            assertThatThrownBy(() -> GatewayFrame.parse(bad)).as(bad).isInstanceOf(GatewayFrame.Malformed.class);
        }
    }
}
