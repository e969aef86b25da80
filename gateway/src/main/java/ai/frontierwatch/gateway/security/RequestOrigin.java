package ai.frontierwatch.gateway.security;

import ai.frontierwatch.gateway.config.GatewayConfig;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The client address of a request as the configured trusted proxies report it ({@link ClientAddress}). Built at start,
 * so that a malformed range stops the start rather than failing every request.
 */
@ApplicationScoped
@Startup
public class RequestOrigin {

    private static final Logger LOG = Logger.getLogger(RequestOrigin.class);

    private final ClientAddress resolver;
    private final String headerName;

    public RequestOrigin(GatewayConfig config) {
        GatewayConfig.ClientAddressConfig settings = config.clientAddress();
        List<AddressRange> trusted = settings.trustedProxies().orElse(List.of()).stream()
                .filter(cidr -> !cidr.isBlank()).map(AddressRange::parse).toList();
        this.resolver = new ClientAddress(trusted, settings.forwardedHeader());
        this.headerName = settings.forwardedHeader() == GatewayConfig.ForwardedHeader.FORWARDED
                ? "Forwarded" : "X-Forwarded-For";
        if (trusted.isEmpty()) {
            LOG.info("No trusted proxy configured: anonymous callers are counted by their TCP peer address");
        } else {
            LOG.infof("Client addresses from %s when the peer is a trusted proxy: %s", headerName,
                    settings.trustedProxies().orElseThrow());
        }
    }

    public String clientAddress(HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        return resolver.resolve(peer == null ? null : peer.hostAddress(), request.headers().getAll(headerName));
    }
}
