package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.platform.control.Clock;
import dev.parley.platform.control.LiveEvent;
import jakarta.websocket.Session;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
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
    /** the data grid the "instances" of a test share */
    private final FakeGrid grid = new FakeGrid();

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
        s.grid = grid;
        s.resumeGrid = true;
        s.start();
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

    // the resume state in the data grid: another instance (or this one, without its copy) resumes

    private final UUID serverId = UUID.randomUUID();
    private int published;

    private GatewaySessions instance() {
        GatewaySessions s = sessions();
        s.audience = event -> user -> true;
        return s;
    }

    private void publish(GatewaySessions on) {
        published++;
        on.deliver(new LiveEvent("message:new", serverId, null, null, "{\"n\":" + published + "}"));
    }

    private static java.util.List<String> events(GatewayConnectionTest.FakeSession fake) {
        return fake.sent.stream().map(f -> {
            var frame = GatewayConnectionTest.parse(f);
            return frame.containsKey("seq") ? frame.getJsonNumber("seq") + ":" + frame.getJsonObject("data").getInt("n")
                    : frame.getString("event");
        }).toList();
    }

    /** A member of the test's server, signed in on that instance, whose socket then drops. */
    private GatewayConnection member(GatewaySessions on, GatewayConnectionTest.FakeSession fake, Session[] socket) {
        socket[0] = fake.session();
        GatewayConnection c = on.open(socket[0]);
        c.tokenExpiresAt(hand.millis() + 3_600_000);
        on.authenticate(c, UUID.randomUUID(), () -> Set.of(serverId), id -> FrameBody.of("authenticated", "{}"));
        return c;
    }

    @Test
    void anEphemeralEventReachesTheAllowedAttachedMembersUnnumberedAndLeavesNothingToResume() {
        GatewaySessions on = instance();
        GatewayConnectionTest.FakeSession viewerSocket = fake();
        GatewayConnectionTest.FakeSession hiddenSocket = fake();
        GatewayConnectionTest.FakeSession awaySocket = fake();
        GatewayConnection viewer = member(on, viewerSocket, new Session[1]);
        GatewayConnection hidden = member(on, hiddenSocket, new Session[1]);
        GatewayConnection away = member(on, awaySocket, new Session[1]);
        away.detach(null);
        on.audience = event -> user -> !user.equals(hidden.userId());
        on.deliver(new LiveEvent("typing:user", serverId, null, (UUID) null, "{\"n\":0}", true));
        publish(on);
        assertThat(events(viewerSocket)).containsExactly("authenticated", "typing:user", "1:1");
        assertThat(events(hiddenSocket)).containsExactly("authenticated");
        GatewayConnectionTest.FakeSession back = new GatewayConnectionTest.FakeSession();
        back.instant = true;
        Optional<GatewayConnection> resumed = on.resume(away.sessionId(), away.userId(), back.session(), 0,
                FrameBody.of("resumed", "{}"));
        assertThat(resumed).isPresent();
        assertThat(events(back)).as("the typing is not owed to a dropped session").containsExactly("1:1", "resumed");
    }

    @Test
    void anotherInstanceResumesADroppedSessionFromTheGridWithEveryMissedEventInOrder() {
        GatewaySessions survivor = instance();
        hand.advanceSeconds(10); // the survivor was up before the other instance last wrote the session
        GatewaySessions failed = instance();
        GatewayConnectionTest.FakeSession fake = fake();
        Session[] socket = new Session[1];
        GatewayConnection c = member(failed, fake, socket);
        publish(failed);
        publish(failed);
        publish(failed);
        failed.socketClosed(c, socket[0]); // the record goes to the grid; the client had read seq 1 only
        hand.advanceSeconds(1);

        GatewayConnectionTest.FakeSession again = fake();
        Optional<GatewayConnection> resumed = survivor.resume(c.sessionId(), c.userId(), again.session(), 1,
                FrameBody.of("resumed", "{}"));
        assertThat(resumed).isPresent();
        publish(survivor);
        assertThat(events(again)).containsExactly("2:2", "3:3", "resumed", "4:4");
        assertThat(resumed.get().sessionId()).isEqualTo(c.sessionId());
    }

    @Test
    void anotherInstanceRefusesWhenAnEventForTheSessionMayHaveBeenPublishedSinceItsRecord() {
        GatewaySessions survivor = instance();
        hand.advanceSeconds(10);
        GatewaySessions failed = instance();
        Session[] socket = new Session[1];
        GatewayConnection c = member(failed, fake(), socket);
        publish(failed);
        failed.socketClosed(c, socket[0]);
        hand.advanceSeconds(3);
        publish(survivor); // nobody collected this one for the dropped session
        assertThat(survivor.resume(c.sessionId(), c.userId(), fake().session(), 1, FrameBody.of("resumed", "{}")))
                .as("invalid-session rather than a silent gap").isEmpty();
    }

    @Test
    void aResumeAfterTheLocalCopyIsDroppedIsServedFromTheGrid() {
        GatewaySessions here = instance();
        here.resumeFromGrid = true;
        GatewayConnectionTest.FakeSession fake = fake();
        Session[] socket = new Session[1];
        GatewayConnection c = member(here, fake, socket);
        publish(here);
        here.socketClosed(c, socket[0]);
        publish(here); // collected while detached
        publish(here);

        GatewayConnectionTest.FakeSession again = fake();
        Optional<GatewayConnection> resumed = here.resume(c.sessionId(), c.userId(), again.session(), 1,
                FrameBody.of("resumed", "{}"));
        assertThat(resumed).isPresent().get().isNotSameAs(c);
        assertThat(events(again)).containsExactly("2:2", "3:3", "resumed");
        assertThat(here.size()).as("the old copy is gone").isEqualTo(1);
        publish(here);
        assertThat(events(again)).endsWith("4:4");
    }

    @Test
    void withoutTheBodiesInTheGridTheResumeIsAnInvalidSession() {
        GatewaySessions here = instance();
        here.resumeFromGrid = true;
        Session[] socket = new Session[1];
        GatewayConnection c = member(here, fake(), socket);
        publish(here);
        publish(here);
        here.socketClosed(c, socket[0]);
        here.flush();
        grid.events.clear(); // expired, or lost with an instance
        assertThat(here.resume(c.sessionId(), c.userId(), fake().session(), 0, FrameBody.of("resumed", "{}")))
                .isEmpty();
    }

    @Test
    void fanOutWritesEachEventToTheGridOnceInOneBatchNotOncePerRecipient() {
        GatewaySessions here = instance();
        for (int i = 0; i < 50; i++) {
            member(here, fake(), new Session[1]);
        }
        for (int i = 0; i < 10; i++) {
            publish(here);
        }
        assertThat(grid.eventBatches).as("nothing is written on the fan-out path").isZero();
        here.flush();
        assertThat(grid.events).hasSize(10);
        assertThat(grid.eventBatches).isEqualTo(1);
        here.sweep();
        assertThat(grid.sessions).as("each changed session checkpointed").hasSize(50);
        assertThat(grid.sessionBatches).isEqualTo(1);
        here.sweep();
        assertThat(grid.sessionBatches).as("nothing changed: nothing written").isEqualTo(1);
    }

    @Test
    void aSessionEndedForGoodLeavesNothingToResumeInTheGrid() {
        GatewaySessions here = instance();
        Session[] socket = new Session[1];
        GatewayConnection c = member(here, fake(), socket);
        publish(here);
        here.socketClosed(c, socket[0]);
        assertThat(grid.sessions).containsKey(c.sessionId());
        hand.advanceSeconds(121);
        here.sweep();
        assertThat(grid.sessions).doesNotContainKey(c.sessionId());
    }

    @Test
    void withTheGridOffNothingIsWrittenToIt() {
        GatewaySessions here = instance();
        here.resumeGrid = false;
        Session[] socket = new Session[1];
        GatewayConnection c = member(here, fake(), socket);
        for (int i = 0; i < 5; i++) {
            member(here, fake(), new Session[1]);
        }
        publish(here);
        here.flush();
        here.sweep();
        here.socketClosed(c, socket[0]);
        here.sweep();
        assertThat(grid.events).isEmpty();
        assertThat(grid.sessions).isEmpty();
        assertThat(grid.eventBatches + grid.sessionBatches).isZero();
    }
}
