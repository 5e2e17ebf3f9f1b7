package dev.parley.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.cluster.Cluster;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import java.lang.reflect.Proxy;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The relay is skipped only while the grid is known to hold this instance alone. */
class GridMembersTest {

    private final Set<Member> members = new HashSet<>();

    private HazelcastInstance grid() {
        Cluster cluster = (Cluster) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Cluster.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getMembers")) {
                        return Set.copyOf(members);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return (HazelcastInstance) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HazelcastInstance.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getCluster")) {
                        return cluster;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private Member member() {
        return (Member) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Member.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aOneMemberGridHasNoOneElseAndASecondMemberIsSeenAtOnce() {
        members.add(member());
        BooleanSupplier others = GridMembers.of(grid());
        assertThat(others.getAsBoolean()).isFalse();
        members.add(member());
        assertThat(others.getAsBoolean()).isTrue();
        members.clear();
        members.add(member());
        assertThat(others.getAsBoolean()).isFalse();
    }

    @Test
    void withoutAGridEventsAreAlwaysRelayed() {
        assertThat(GridMembers.of("not a grid").getAsBoolean()).isTrue();
        assertThat(GridMembers.others().getAsBoolean()).as("no JNDI here").isTrue();
    }
}
