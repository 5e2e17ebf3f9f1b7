package dev.parley.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final List<ClientAddress.Range> NGINX = ClientAddress.parse("127.0.0.1, 10.1.0.0/16, ::1");

    @Test
    void withoutTrustedProxiesTheConnectionsAddressIsTheClients() {
        assertThat(ClientAddress.resolve("127.0.0.1", List.of("6.6.6.6"), List.of())).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.resolve("203.0.113.9", List.of("6.6.6.6"), NGINX)).as("not a proxy of ours")
                .isEqualTo("203.0.113.9");
    }

    @Test
    void behindTrustedProxiesTheFirstUntrustedHopFromTheRight() {
        assertThat(ClientAddress.resolve("127.0.0.1", List.of("198.51.100.7"), NGINX)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.resolve("127.0.0.1", List.of("6.6.6.6, 198.51.100.7, 10.1.2.3"), NGINX))
                .as("a client cannot choose its address by sending the header itself").isEqualTo("198.51.100.7");
        assertThat(ClientAddress.resolve("127.0.0.1", List.of("6.6.6.6", "198.51.100.7"), NGINX)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.resolve("::1", List.of("2001:db8::5"), NGINX)).isEqualTo("2001:db8::5");
        assertThat(ClientAddress.resolve("127.0.0.1", List.of(), NGINX)).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.resolve("127.0.0.1", List.of("10.1.9.9"), NGINX)).isEqualTo("10.1.9.9");
    }

    @Test
    void garbageInTheHeaderIsNotAnAddressAndNeverLookedUp() {
        assertThat(ClientAddress.resolve("127.0.0.1", List.of("localhost"), NGINX)).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.resolve("127.0.0.1", List.of("1.2.3.4, <script>"), NGINX)).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.resolve("127.0.0.1", List.of("' or 1=1 --"), NGINX)).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.resolve("127.0.0.1", List.of("999.1.1.1"), NGINX)).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.literal("example.com")).isNull();
        assertThat(ClientAddress.literal("abcd")).isNull();
    }

    @Test
    void rangesAreAddressesOrCidr() {
        ClientAddress.Range range = ClientAddress.Range.parse("10.1.0.0/15");
        assertThat(range.contains(ClientAddress.literal("10.0.255.1"))).isTrue();
        assertThat(range.contains(ClientAddress.literal("10.2.0.1"))).isFalse();
        assertThat(range.contains(ClientAddress.literal("::1"))).isFalse();
        for (String bad : new String[] {"nginx", "10.0.0.0/33", "10.0.0.0/x", "/8"}) {
            assertThatThrownBy(() -> ClientAddress.Range.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("parley.trusted-proxies");
        }
    }
}
