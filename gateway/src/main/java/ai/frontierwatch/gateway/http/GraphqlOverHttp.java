package ai.frontierwatch.gateway.http;

import ai.frontierwatch.gateway.error.ErrorCodes;
import ai.frontierwatch.gateway.security.QuotaFilter;
import graphql.language.OperationDefinition;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The GraphQL-over-HTTP rules (graphql.github.io/graphql-over-http) in front of the GraphQL engine: content
 * negotiation (406), JSON bodies only (415), malformed requests (400), no mutation over GET (405), status 400
 * under application/graphql-response+json for documents that cannot run, and a time bound on every operation. It
 * also resolves documents named by hash ({@link PersistedDocuments}) and says which GET answers may be cached
 * ({@link ResponseCaching}). Requests that pass go on to the engine, a document named by hash put where the engine
 * reads it; WebSocket upgrades (subscriptions) are not touched.
 */
@ApplicationScoped
public class GraphqlOverHttp {

    private static final Logger LOG = Logger.getLogger(GraphqlOverHttp.class);
    /** Before the engine's own /graphql route, after the authentication and quota filters. */
    private static final int ROUTE_ORDER = -1;
    /** Set on a request whose operation is a mutation: past the time bound, its writes may have been made. */
    private static final String MUTATION = "fw.mutation";

    private final DocumentCheck documents;
    private final PersistedDocuments persisted;
    private final ResponseCaching caching;
    private final GraphqlHttpConfig config;
    private final long maxBodyBytes;

    public GraphqlOverHttp(DocumentCheck documents, PersistedDocuments persisted, ResponseCaching caching,
            GraphqlHttpConfig config) {
        this.documents = documents;
        this.persisted = persisted;
        this.caching = caching;
        this.config = config;
        this.maxBodyBytes = config.maxBody().asLongValue();
    }

    void register(@Observes Router router) {
        // The engine's route reads the body with the same handler; Vert.x reads a body only once per request.
        router.route("/graphql").order(ROUTE_ORDER)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodyBytes))
                .handler(this::admit);
    }

    void admit(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        if (method == HttpMethod.OPTIONS || isWebSocketUpgrade(rc)) {
            rc.next();
            return;
        }
        ResponseMediaType type = ResponseMediaType.negotiate(rc.parsedHeaders().accept()).orElse(null);
        if (type == null) {
            TransportErrors.send(rc, 406, ResponseMediaType.JSON, ErrorCodes.NOT_ACCEPTABLE,
                    "Accept application/graphql-response+json or application/json");
            return;
        }
        if (method != HttpMethod.GET && method != HttpMethod.POST) {
            rc.response().putHeader(HttpHeaders.ALLOW, "GET, POST");
            TransportErrors.send(rc, 405, type, ErrorCodes.METHOD_NOT_ALLOWED, "Use POST, or GET for queries");
            return;
        }
        if (method == HttpMethod.GET) {
            caching.govern(rc);
        }
        if (method == HttpMethod.POST && !isJson(rc.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            TransportErrors.send(rc, 415, type, ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
                    "Send the request as application/json");
            return;
        }
        GraphqlRequest sent;
        try {
            sent = method == HttpMethod.POST ? GraphqlRequest.fromBody(rc) : GraphqlRequest.fromQueryString(rc);
        } catch (GraphqlRequest.Malformed e) {
            TransportErrors.send(rc, 400, type, ErrorCodes.BAD_REQUEST, e.getMessage());
            return;
        }
        boolean identified = !"anonymous".equals(rc.get(QuotaFilter.CALLER_KIND, "anonymous"));
        PersistedDocuments.Resolution resolution = persisted.resolve(sent, identified);
        if (resolution instanceof PersistedDocuments.Refused refused) {
            TransportErrors.send(rc, type == ResponseMediaType.GRAPHQL_RESPONSE ? refused.status() : 200, type,
                    refused.code(), refused.message());
            return;
        }
        PersistedDocuments.Run run = (PersistedDocuments.Run) resolution;
        GraphqlRequest request = run.request();
        if (sent.namedByHashOnly()) {
            EngineRequest.supplyDocument(rc, request.query());
        }
        // The time bound covers the document's check too: an unknown document is checked on a worker thread.
        boundInTime(rc, type, request.operationName());
        DocumentCheck.Valid known = documents.known(request.query());
        if (known != null) {
            proceed(rc, type, run, known);
            return;
        }
        rc.vertx().executeBlocking(() -> documents.check(request.query()), false).onComplete(checked -> {
            if (rc.response().ended() || rc.response().headWritten()) {
                return;
            }
            if (checked.failed()) {
                rc.fail(checked.cause());
            } else {
                proceed(rc, type, run, checked.result());
            }
        });
    }

    /** Refuses a document that cannot run (or may not over GET), or hands the request to the engine. */
    private void proceed(RoutingContext rc, ResponseMediaType type, PersistedDocuments.Run run,
            DocumentCheck.Verdict verdict) {
        GraphqlRequest request = run.request();
        // The legacy type answers 200 to any well-formed request, errors included; the new one says 400.
        int cannotRun = type == ResponseMediaType.GRAPHQL_RESPONSE ? 400 : 200;
        if (verdict instanceof DocumentCheck.Rejected rejected) {
            TransportErrors.send(rc, cannotRun, type, rejected.code(), rejected.errors());
            return;
        }
        persisted.registered(run);
        if (rc.request().method() == HttpMethod.GET) {
            Optional<OperationDefinition.Operation> operation = ((DocumentCheck.Valid) verdict)
                    .operation(request.operationName());
            if (operation.isPresent() && operation.get() != OperationDefinition.Operation.QUERY) {
                rc.response().putHeader(HttpHeaders.ALLOW, "POST");
                TransportErrors.send(rc, 405, type, ErrorCodes.METHOD_NOT_ALLOWED,
                        "Only queries may be sent with GET; send " + operation.get().name().toLowerCase() + "s with POST");
                return;
            }
            if (request.operationName() != null) {
                // The engine's GET reader takes the query text for the operation name (clients such as urql send
                // both). A document with one operation needs no name, so the name is dropped after the check above.
                if (((DocumentCheck.Valid) verdict).operationCount() > 1) {
                    TransportErrors.send(rc, 400, type, ErrorCodes.BAD_REQUEST,
                            "Choosing one of several operations works with POST; a GET document must hold one operation");
                    return;
                }
                rc.queryParams().remove("operationName");
            }
            if (operation.isPresent()) {
                caching.queryRuns(rc);
            }
        }
        if (((DocumentCheck.Valid) verdict).operation(request.operationName())
                .filter(op -> op == OperationDefinition.Operation.MUTATION).isPresent()) {
            rc.put(MUTATION, Boolean.TRUE);
        }
        rc.addHeadersEndHandler(ignored -> rc.response().headers().set(HttpHeaders.CONTENT_TYPE, type.contentType()));
        rc.next();
    }

    /**
     * Answers with TIMEOUT once the operation has run for the configured time; a mutation with OUTCOME_UNKNOWN, since
     * the writes it sent may have been made. The engine may still finish
     * later: its late answer is dropped (the response is already ended), and every downstream call it waits on
     * has its own, shorter, time bound.
     */
    private void boundInTime(RoutingContext rc, ResponseMediaType type, String operationName) {
        long limitMillis = config.operationTimeout().toMillis();
        Vertx vertx = rc.vertx();
        long timer = vertx.setTimer(limitMillis, ignored -> {
            if (!rc.response().headWritten() && !rc.response().ended()) {
                boolean mutation = Boolean.TRUE.equals(rc.get(MUTATION));
                String code = mutation ? ErrorCodes.OUTCOME_UNKNOWN : ErrorCodes.TIMEOUT;
                LOG.warnf("Operation %s exceeded %d ms; answered with %s", operationName == null ? "(anonymous)" : operationName,
                        limitMillis, code);
                TransportErrors.sendWithNullData(rc, type, code, mutation
                        ? "The mutation did not complete within " + limitMillis + " ms; its writes may have been made: "
                                + "read them back before repeating it (ingestArticle answers UNCHANGED for a document "
                                + "already stored)"
                        : "The operation did not complete within " + limitMillis + " ms");
            }
        });
        rc.addEndHandler(ignored -> vertx.cancelTimer(timer));
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase();
        return mediaType.equals("application/json");
    }

    private static boolean isWebSocketUpgrade(RoutingContext rc) {
        String upgrade = rc.request().getHeader(HttpHeaders.UPGRADE);
        return upgrade != null && upgrade.equalsIgnoreCase("websocket");
    }
}
