package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.platform.control.Clock;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sweep that replaces per-connection timers: authentication deadline, token expiry, silence, resume window. */
class GatewaySessionsTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends java.time.Clock {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advanceSeconds(long s) {
            now = now.plusSeconds(s);
        }
    }

    private final HandClock hand = new HandClock();

    private GatewaySessions sessions() {
        GatewaySessions s = new GatewaySessions();
        s.clock = new Clock(hand);
        s.scheduler = (ManagedScheduledExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("execute")) {
                        ((Runnable) args[0]).run();
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        s.maxFrameBytes = 65536;
        s.maxQueuedFrames = 1000;
        s.authTimeoutSeconds = 30;
        s.idleTimeoutSeconds = 60;
        s.resumeMaxEvents = 1000;
        s.resumeSeconds = 120;
        s.ratePerSecond = 10;
        s.rateBurst = 20;
        s.rawFrames = false;
        return s;
    }

    private static GatewayConnectionTest.FakeSession fake() {
        GatewayConnectionTest.FakeSession fake = new GatewayConnectionTest.FakeSession();
        fake.instant = true;
        return fake;
    }

    private GatewayConnection signedIn(GatewaySessions sessions, GatewayConnectionTest.FakeSession fake,
            long tokenLifeSeconds) {
        GatewayConnection c = sessions.open(fake.session());
        c.tokenExpiresAt(hand.millis() + tokenLifeSeconds * 1000);
        sessions.authenticate(c, UUID.randomUUID(), Set::of, id -> FrameBody.of("authenticated", "{}"));
        return c;
    }

    @Test
    void aConnectionThatDoesNotAuthenticateInTimeIsToldAndClosedWith4000() {
        GatewaySessions sessions = sessions();
        GatewayConnectionTest.FakeSession fake = fake();
        sessions.open(fake.session());
        hand.advanceSeconds(30);
        sessions.sweep();
        assertThat(fake.closes).isEmpty();
        hand.advanceSeconds(1);
        sessions.sweep();
        assertThat(GatewayConnectionTest.parse(fake.sent.get(0)).getJsonObject("data").getString("code"))
                .isEqualTo("not-authenticated");
        assertThat(fake.closes).extracting(r -> r.getCloseCode().getCode()).containsExactly(4000);
        assertThat(sessions.size()).isZero();
    }

    @Test
    void aTokenAboutToExpireIsAnnouncedAndAnExpiredOneEndsTheConnectionWith4004() {
        GatewaySessions sessions = sessions();
        GatewayConnectionTest.FakeSession fake = fake();
        GatewayConnection c = signedIn(sessions, fake, 300);
        for (int i = 0; i < 23; i++) { // heartbeats keep it alive meanwhile
            hand.advanceSeconds(10);
            c.touch(hand.millis());
            sessions.sweep();
        }
        assertThat(fake.sent).extracting(f -> GatewayConnectionTest.parse(f).getString("event"))
                .containsExactly("authenticated");
        hand.advanceSeconds(10); // 60 s left
        c.touch(hand.millis());
        sessions.sweep();
        sessions.sweep();
        assertThat(fake.sent).extracting(f -> GatewayConnectionTest.parse(f).getString("event"))
                .as("warned once").containsExactly("authenticated", "token:expiring");
        hand.advanceSeconds(60);
        c.touch(hand.millis());
        sessions.sweep();
        assertThat(GatewayConnectionTest.parse(fake.sent.get(2)).getJsonObject("data").getString("code"))
                .isEqualTo("not-authenticated");
        assertThat(fake.closes).extracting(r -> r.getCloseCode().getCode()).containsExactly(4004);
        assertThat(sessions.size()).as("an expired session cannot be resumed").isZero();
    }

    @Test
    void aFreshTokenMovesTheExpiry() {
        GatewaySessions sessions = sessions();
        GatewayConnectionTest.FakeSession fake = fake();
        GatewayConnection c = signedIn(sessions, fake, 30);
        c.tokenExpiresAt(hand.millis() + 900_000);
        hand.advanceSeconds(40);
        c.touch(hand.millis());
        sessions.sweep();
        assertThat(fake.closes).isEmpty();
    }

    @Test
    void aSilentClientIsClosedWith4010AndKeptForAResumeUntilTheWindowEnds() {
        GatewaySessions sessions = sessions();
        GatewayConnectionTest.FakeSession fake = fake();
        GatewayConnection c = signedIn(sessions, fake, 3600);
        hand.advanceSeconds(61);
        sessions.sweep();
        assertThat(fake.closes).extracting(r -> r.getCloseCode().getCode()).containsExactly(4010);
        assertThat(c.detachedAt()).isNotNegative();
        assertThat(sessions.size()).isEqualTo(1);
        hand.advanceSeconds(119);
        sessions.sweep();
        assertThat(sessions.size()).isEqualTo(1);
        hand.advanceSeconds(2);
        sessions.sweep();
        assertThat(sessions.size()).isZero();
    }
}
