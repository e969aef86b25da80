package ai.frontierwatch.gateway.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Changes to the request the engine reads after this layer: it knows nothing of documents named by hash. */
final class EngineRequest {

    private EngineRequest() {
    }

    /** Puts the document a hash named where the engine reads {@code query}: the JSON body, or the query string. */
    static void supplyDocument(RoutingContext rc, String document) {
        if (rc.request().method() == HttpMethod.POST) {
            JsonObject params = rc.body().asJsonObject().put("query", document);
            rc.setBody(Buffer.buffer(params.encode()));
        } else {
            // the engine URL-decodes the query parameter once more after Vert.x has: encoded, it reads the document
            rc.queryParams().set("query", URLEncoder.encode(document, StandardCharsets.UTF_8));
        }
    }
}
