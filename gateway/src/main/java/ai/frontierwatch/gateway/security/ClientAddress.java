package ai.frontierwatch.gateway.security;

import ai.frontierwatch.gateway.config.GatewayConfig.ForwardedHeader;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The address a request comes from, for counting anonymous callers. Forwarded headers are written by whoever sends
 * them, so they are believed only as far as trusted proxies vouch for them: starting from the TCP peer, each hop is
 * taken from the right of the chain while the one before it is a trusted proxy; the first hop that is not a trusted
 * proxy is the client. A peer outside the trusted ranges is the client whatever it sends.
 */
public final class ClientAddress {

    private final List<AddressRange> trusted;
    private final ForwardedHeader header;

    public ClientAddress(List<AddressRange> trusted, ForwardedHeader header) {
        this.trusted = List.copyOf(trusted);
        this.header = header;
    }

    public ForwardedHeader header() {
        return header;
    }

    /**
     * @param peer     the TCP peer's address (null when unknown)
     * @param forwarded every value of {@link #header()} in the order received (several lines form one list)
     */
    public String resolve(String peer, List<String> forwarded) {
        Optional<InetAddress> hop = peer == null ? Optional.empty() : AddressRange.literal(peer);
        if (hop.isEmpty()) {
            return peer == null ? "?" : peer;
        }
        InetAddress client = hop.get();
        List<String> chain = chain(forwarded);
        for (int i = chain.size() - 1; i >= 0 && isTrusted(client); i--) {
            Optional<InetAddress> previous = AddressRange.literal(chain.get(i));
            if (previous.isEmpty()) {
                // "unknown", an obfuscated name or garbage: nothing to count by beyond the last proxy that vouched
                break;
            }
            client = previous.get();
        }
        return client.getHostAddress();
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** Hops as written, leftmost (farthest) first, without ports. */
    private List<String> chain(List<String> values) {
        List<String> hops = new ArrayList<>();
        for (String value : values) {
            for (String element : value.split(",")) {
                String hop = header == ForwardedHeader.FORWARDED ? forParameter(element) : element.strip();
                hops.add(withoutPort(hop));
            }
        }
        return hops;
    }

    /** The {@code for=} parameter of one element of RFC 7239's Forwarded header, unquoted; empty if none. */
    private static String forParameter(String element) {
        for (String pair : element.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).strip().toLowerCase(Locale.ROOT).equals("for")) {
                String value = pair.substring(eq + 1).strip();
                return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1) : value;
            }
        }
        return "";
    }

    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(1, end) : hop;
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }
}
