package ai.frontierwatch.gateway.client;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * Counts every HTTP request the gateway sends downstream, per service: the figure that shows a query's
 * cost grows with its shape, not with the size of its lists (metric {@value #METRIC}).
 *
 * <p>Micrometer's REST client timer ({@code http.client.requests}) sees the same calls, but split by URI template,
 * method and outcome and recorded when the answer arrives. This counter is kept because the gateway guide documents
 * it and the tests read it: one series per service, counted as each request leaves, so a test can compare the figure
 * before and after a query whatever the paths or answers were.
 */
public abstract class DownstreamCallCounter implements ClientRequestFilter {

    public static final String METRIC = "fw.gateway.downstream.requests";

    private final String service;
    private volatile Counter counter;

    protected DownstreamCallCounter(String service) {
        this.service = service;
    }

    @Override
    public void filter(ClientRequestContext request) {
        if (counter == null) {
            // Providers are created by the REST client, not injected: look the application's registry up once.
            counter = Arc.container().instance(MeterRegistry.class).get().counter(METRIC, "service", service);
        }
        counter.increment();
    }

    public static final class Models extends DownstreamCallCounter {
        public Models() {
            super(ModelsClient.SERVICE);
        }
    }

    public static final class Articles extends DownstreamCallCounter {
        public Articles() {
            super(ArticlesClient.SERVICE);
        }
    }

    public static final class Insights extends DownstreamCallCounter {
        public Insights() {
            super(InsightsClient.SERVICE);
        }
    }
}
