package ai.frontierwatch.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.frontierwatch.gateway.config.GatewayConfig.ForwardedHeader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final List<AddressRange> INGRESS = List.of(AddressRange.parse("10.42.0.0/16"),
            AddressRange.parse("fd00:42::/32"));
    private final ClientAddress xff = new ClientAddress(INGRESS, ForwardedHeader.X_FORWARDED_FOR);

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItForwards() {
        assertThat(xff.resolve("203.0.113.9", List.of("198.51.100.7"))).isEqualTo("203.0.113.9");
        assertThat(new ClientAddress(List.of(), ForwardedHeader.X_FORWARDED_FOR)
                .resolve("10.42.0.5", List.of("198.51.100.7"))).isEqualTo("10.42.0.5");
    }

    @Test
    void aTrustedProxyIsBelievedForTheHopItSaw() {
        assertThat(xff.resolve("10.42.0.5", List.of("198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(xff.resolve("10.42.0.5", List.of())).as("nothing forwarded").isEqualTo("10.42.0.5");
    }

    @Test
    void theChainIsWalkedFromTheRightAndStopsAtTheFirstUntrustedHop() {
        // the client wrote "1.1.1.1" itself; the ingress appended the address it saw (198.51.100.7)
        assertThat(xff.resolve("10.42.0.5", List.of("1.1.1.1, 198.51.100.7"))).isEqualTo("198.51.100.7");
        // two trusted proxies in a row, several header lines forming one list
        assertThat(xff.resolve("10.42.0.5", List.of("1.1.1.1, 198.51.100.7", "10.42.3.3"))).isEqualTo("198.51.100.7");
        // every hop trusted: the farthest one
        assertThat(xff.resolve("10.42.0.5", List.of("10.42.1.1, 10.42.2.2"))).isEqualTo("10.42.1.1");
        // garbage where an address should be: counted as the last proxy that vouched
        assertThat(xff.resolve("10.42.0.5", List.of("1.1.1.1, unknown, 10.42.2.2"))).isEqualTo("10.42.2.2");
        assertThat(xff.resolve("10.42.0.5", List.of("evil.example.com"))).isEqualTo("10.42.0.5");
    }

    @Test
    void portsAndIpv6AreUnderstood() {
        assertThat(xff.resolve("fd00:42::1", List.of("[2001:db8::7]:4711"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(xff.resolve("10.42.0.5", List.of("198.51.100.7:5555"))).isEqualTo("198.51.100.7");
    }

    @Test
    void theForwardedHeaderIsReadByItsForParameter() {
        ClientAddress forwarded = new ClientAddress(INGRESS, ForwardedHeader.FORWARDED);
        assertThat(forwarded.resolve("10.42.0.5", List.of("for=1.1.1.1;proto=https, for=\"198.51.100.7:80\";by=x")))
                .isEqualTo("198.51.100.7");
        assertThat(forwarded.resolve("10.42.0.5", List.of("For=\"[2001:db8::7]\""))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(forwarded.resolve("10.42.0.5", List.of("for=_hidden"))).isEqualTo("10.42.0.5");
    }

    @Test
    void rangesAreMatchedBitByBitAndBadOnesRefused() {
        AddressRange range = AddressRange.parse("192.168.4.0/22");
        assertThat(range.contains(AddressRange.literal("192.168.7.255").orElseThrow())).isTrue();
        assertThat(range.contains(AddressRange.literal("192.168.8.0").orElseThrow())).isFalse();
        assertThat(range.contains(AddressRange.literal("::1").orElseThrow())).isFalse();
        assertThat(AddressRange.parse("0.0.0.0/0").contains(AddressRange.literal("8.8.8.8").orElseThrow())).isTrue();
        assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressRange.parse("ingress.example.com/8")).isInstanceOf(IllegalArgumentException.class);
        assertThat(AddressRange.literal("localhost")).as("never a DNS lookup").isEmpty();
    }
}
