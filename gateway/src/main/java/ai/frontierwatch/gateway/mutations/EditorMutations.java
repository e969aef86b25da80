package ai.frontierwatch.gateway.mutations;

import ai.frontierwatch.gateway.client.ArticlesClient;
import ai.frontierwatch.gateway.client.Downstream;
import ai.frontierwatch.gateway.client.InsightsClient;
import ai.frontierwatch.gateway.client.ModelsClient;
import ai.frontierwatch.gateway.error.BadUserInputException;
import ai.frontierwatch.gateway.error.NotFoundException;
import ai.frontierwatch.gateway.fetchers.CatalogLookup;
import ai.frontierwatch.gateway.schema.CatalogMapping;
import ai.frontierwatch.gateway.schema.CatalogTypes.BenchmarkResult;
import ai.frontierwatch.gateway.schema.CatalogTypes.Model;
import ai.frontierwatch.gateway.schema.EditorInputs.IngestStatus;
import ai.frontierwatch.gateway.schema.EditorInputs.IngestedArticle;
import ai.frontierwatch.gateway.schema.EditorInputs.RecordResultInput;
import ai.frontierwatch.gateway.schema.InsightMapping;
import ai.frontierwatch.gateway.schema.InsightTypes.Claim;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** What editors change: claims' review, results, aliases, articles. Every mutation needs the editor role. */
@GraphQLApi
public class EditorMutations {

    private static final int MAX_DOCUMENT_CHARS = 5 * 1024 * 1024;

    private final SecurityIdentity identity;
    private final InsightsClient insights;
    private final ModelsClient models;
    private final ArticlesClient articles;
    private final CatalogLookup catalog;
    /** Quarkus's mapper: java.time support, dates written as ISO text. */
    private final ObjectMapper json;

    public EditorMutations(SecurityIdentity identity, InsightsClient insights, ModelsClient models,
            ArticlesClient articles, CatalogLookup catalog, ObjectMapper json) {
        this.identity = identity;
        this.insights = insights;
        this.models = models;
        this.articles = articles;
        this.catalog = catalog;
        this.json = json;
    }

    @Mutation("acceptClaim")
    @Description("Accept a claim: its value is recorded in the catalogue with the article as a third-party source.")
    public @NonNull Claim acceptClaim(@Name("id") @Id @NonNull @Description("The claim's id") String id,
            @Name("note") @Description("Why, for the other editors; kept with the decision") String note)
            throws GraphQLException {
        return decide(id, true, note);
    }

    @Mutation("rejectClaim")
    @Description("Reject a claim; it stays rejected.")
    public @NonNull Claim rejectClaim(@Name("id") @Id @NonNull @Description("The claim's id") String id,
            @Name("note") @Description("Why, for the other editors; kept with the decision") String note)
            throws GraphQLException {
        return decide(id, false, note);
    }

    @Mutation("recordResult")
    @Description("Record or correct a benchmark result with its sources.")
    public @NonNull BenchmarkResult recordResult(
            @Name("input") @NonNull @Description("The result and where it was read") RecordResultInput input) throws GraphQLException {
        requireEditor();
        if (input.sources().isEmpty()) {
            throw new BadUserInputException("sources", "give at least one source");
        }
        ObjectNode body = json.valueToTree(input);
        BenchmarkResult recorded = CatalogMapping.result(Downstream.write(ModelsClient.SERVICE,
                () -> models.recordResult(body)));
        // the editor's next page shows the result even before the change is announced on the topic
        catalog.resultChanged();
        return recorded;
    }

    @Mutation("addModelAliases")
    @Description("Register other names of a model (spellings, scripts, misspellings seen in the news).")
    public @NonNull Model addModelAliases(@Name("model") @NonNull @Description("Model id or slug") String model,
            @Name("aliases") @NonNull @Description("Names to add; at least one")
            List<@NonNull String> aliases) throws GraphQLException {
        requireEditor();
        if (aliases.isEmpty()) {
            throw new BadUserInputException("aliases", "give at least one alias");
        }
        Model changed = CatalogMapping.model(Downstream.write(ModelsClient.SERVICE,
                () -> models.addModelAliases(model, aliases)));
        // the editor's next page shows the new names even before the change is announced on the topic
        catalog.modelChanged(changed.id());
        return changed;
    }

    @Mutation("ingestArticle")
    @Description("Ingest a document (Markdown with or without front matter, a digest, or plain text). Ingesting the "
            + "same document again changes nothing: its articles come back UNCHANGED with their ids.")
    public @NonNull List<@NonNull IngestedArticle> ingestArticle(
            @Name("document") @NonNull @Description("The document's text: Markdown, a digest or plain text") String document,
            @Name("origin") @Description("Where the document came from, kept as metadata") String origin)
            throws GraphQLException {
        requireEditor();
        if (document.isBlank()) {
            throw new BadUserInputException("document", "is empty");
        }
        if (document.length() > MAX_DOCUMENT_CHARS) {
            throw new BadUserInputException("document", "is larger than 5 MB");
        }
        JsonNode answer = Downstream.write(ArticlesClient.SERVICE, () -> articles.ingest(document, origin),
                "send the same document again; one already stored comes back UNCHANGED with its id");
        List<IngestedArticle> out = new ArrayList<>();
        answer.path("articles").forEach(a -> out.add(new IngestedArticle(a.path("id").asText(), a.path("title").asText(),
                IngestStatus.valueOf(a.path("status").asText("UNCHANGED")))));
        return out;
    }

    private Claim decide(String id, boolean accept, String note) throws GraphQLException {
        requireEditor();
        Claim decided = Downstream.write(InsightsClient.SERVICE, () -> insights.decide(id, accept, note))
                .map(InsightMapping::claim)
                .orElseThrow(() -> new NotFoundException("Claim '" + id + "' does not exist"));
        // an accepted claim may have been recorded as a result
        catalog.resultChanged();
        return decided;
    }

    private void requireEditor() throws GraphQLException {
        Editors.require(identity);
    }
}
