package dev.parley.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.guild.control.GuildService;
import dev.parley.guild.control.ServerView;
import dev.parley.platform.control.LiveEvent;
import jakarta.faces.push.PushContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FacesPushSinkTest {

    static final UUID ALPHA = UUID.randomUUID();
    static final UUID BETA = UUID.randomUUID();
    static final UUID ADA = UUID.randomUUID();
    static final UUID BOB = UUID.randomUUID();
    static final UUID CY = UUID.randomUUID();

    /** who is a member of what, as the database says when a page connects */
    final Map<UUID, Set<UUID>> memberships = new HashMap<>();
    final Map<UUID, Set<UUID>> conversations = new HashMap<>();
    /** every user the audience was asked about */
    final List<UUID> tested = new ArrayList<>();
    /** the users each notice was sent to */
    final List<Map.Entry<Map<String, String>, List<String>>> sent = new ArrayList<>();
    final List<Object> rendered = new ArrayList<>();
    FacesPushSink sink;

    @BeforeEach
    void setUp() {
        sink = new FacesPushSink();
        sink.guilds = new GuildService() {
            @Override
            public List<ServerView> mine(UUID userId) {
                return memberships.getOrDefault(userId, Set.of()).stream()
                        .map(id -> new ServerView(id, "s", null, null, null, null)).toList();
            }
        };
        // everyone indexed under the server is allowed: the index alone decides who is asked
        sink.liveAudience = event -> user -> {
            tested.add(user);
            return true;
        };
        sink.live = new RecordingPush();
        sink.scopes = dev.parley.platform.control.LiveScopes.of(user -> conversations.getOrDefault(user, Set.of()));
    }

    @Test
    void aPageListensToItsUsersConversationsAsToItsServers() {
        UUID conversation = UUID.randomUUID();
        memberships.put(ADA, Set.of(ALPHA));
        conversations.put(ADA, Set.of(conversation));
        sink.connect(ADA);
        sink.deliver(new LiveEvent("message:new", conversation, null, (UUID) null, "{}"));
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getValue()).containsExactly(ADA.toString());
    }

    @Test
    void whenTheLastSessionOfAUserEndsTheirPagesConnectionsAreCountedOut() {
        // Faces closes a session's push connections without a close event when the session ends
        memberships.put(ADA, Set.of(ALPHA));
        sink.handshake(ADA, "s1");
        sink.connect(ADA);
        sink.handshake(ADA, "s1");
        sink.connect(ADA);
        sink.handshake(ADA, "s2");
        sink.connect(ADA);
        sink.disconnect(ADA); // one page closed normally
        assertThat(sink.connections(ADA)).isEqualTo(2);
        sink.sessionEnded("s1");
        assertThat(sink.connections(ADA)).as("another session of hers is still there").isEqualTo(2);
        sink.sessionEnded("s2");
        assertThat(sink.connections(ADA)).isZero();
        sink.deliver(new LiveEvent("channel:update", ALPHA, null, null, "{}"));
        assertThat(sent).as("nothing is pushed to her any more").isEmpty();
        sink.sessionEnded("unknown");
    }

    @Test
    void anEventCostsWorkOnlyForThePagesOfItsServer() {
        memberships.put(ADA, Set.of(ALPHA));
        memberships.put(BOB, Set.of(BETA));
        memberships.put(CY, Set.of(ALPHA, BETA));
        sink.connect(ADA);
        sink.connect(BOB);
        sink.connect(CY);

        sink.deliver(new LiveEvent("channel:update", ALPHA, null, null, "{}"));

        assertThat(tested).containsExactlyInAnyOrder(ADA, CY);
        assertThat(sent).singleElement().satisfies(s -> assertThat(s.getValue())
                .containsExactlyInAnyOrder(ADA.toString(), CY.toString()));
    }

    @Test
    void aJoinerIsIndexedUnderTheServerAndAClosedPageIsNoLongerAsked() {
        memberships.put(ADA, Set.of(ALPHA));
        sink.connect(ADA);
        sink.connect(BOB);

        sink.deliver(new LiveEvent("member:join", ALPHA, null, BOB, "{}"));
        sink.deliver(new LiveEvent("channel:update", ALPHA, null, null, "{}"));
        assertThat(sent.get(1).getValue()).containsExactlyInAnyOrder(ADA.toString(), BOB.toString());

        sink.connect(ADA); // a second page of Ada's
        sink.disconnect(ADA);
        tested.clear();
        sink.deliver(new LiveEvent("channel:update", ALPHA, null, null, "{}"));
        assertThat(tested).as("Ada still has a page open").containsExactlyInAnyOrder(ADA, BOB);

        sink.disconnect(ADA);
        sink.disconnect(BOB);
        tested.clear();
        sink.deliver(new LiveEvent("channel:update", ALPHA, null, null, "{}"));
        assertThat(tested).isEmpty();
        assertThat(sent).hasSize(3);
    }

    @Test
    void aPageOpenedAfterItsUserCreatedAServerIndexesItThoughTheOldPageIsStillOpen() {
        memberships.put(ADA, Set.of(ALPHA));
        sink.connect(ADA);
        memberships.put(ADA, Set.of(ALPHA, BETA)); // Ada created Beta; the page reloads
        sink.connect(ADA);
        sink.disconnect(ADA); // the old page's connection closes after the new one opened

        sink.deliver(new LiveEvent("channel:update", BETA, null, null, "{}"));

        assertThat(sent).singleElement().satisfies(s -> assertThat(s.getValue()).containsExactly(ADA.toString()));
    }

    @Test
    void theRendererIsHandedThePublishedObjectNotJsonToParse() {
        memberships.put(ADA, Set.of(ALPHA));
        sink.connect(ADA);
        sink.renderers = Map.of("thing:new", new PushNoticeRenderer<Thing>() {
            @Override
            public String event() {
                return "thing:new";
            }

            @Override
            public Class<Thing> dataType() {
                return Thing.class;
            }

            @Override
            public Map<String, String> render(Thing data) {
                rendered.add(data);
                return Map.of("html", "<b>" + data.name() + "</b>");
            }
        });
        Thing published = new Thing("first");

        // no JSON mapping is wired here: a parse would fail and leave the notice bare
        sink.deliver(new LiveEvent("thing:new", ALPHA, null, null, "{\"name\":\"first\"}"), published);

        assertThat(rendered).singleElement().isSameAs(published);
        assertThat(sent).singleElement().satisfies(s -> assertThat(s.getKey()).containsEntry("html", "<b>first</b>"));
    }

    record Thing(String name) {
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> notice(Object message) {
        return (Map<String, String>) message;
    }

    final class RecordingPush implements PushContext {

        @Override
        public Set<Future<Void>> send(Object message) {
            throw new AssertionError("a notice goes to chosen users only");
        }

        @Override
        public <S extends Serializable> Set<Future<Void>> send(Object message, S user) {
            sent.add(Map.entry(notice(message), List.of(user.toString())));
            return Set.of();
        }

        @Override
        public <S extends Serializable> Map<S, Set<Future<Void>>> send(Object message, Collection<S> users) {
            sent.add(Map.entry(notice(message), users.stream().map(Object::toString).toList()));
            return Map.of();
        }
    }
}
