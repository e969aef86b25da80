package ai.frontierwatch.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;

/** The gateway's view of insights-service. */
@ApplicationScoped
public class InsightsClient {

    public static final String SERVICE = "insights-service";
}
