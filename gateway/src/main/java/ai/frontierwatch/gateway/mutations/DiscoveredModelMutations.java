package ai.frontierwatch.gateway.mutations;

import ai.frontierwatch.gateway.client.Downstream;
import ai.frontierwatch.gateway.client.InsightDtos.DiscoveredDto;
import ai.frontierwatch.gateway.client.InsightsClient;
import ai.frontierwatch.gateway.client.ModelsClient;
import ai.frontierwatch.gateway.error.BadUserInputException;
import ai.frontierwatch.gateway.error.NotFoundException;
import ai.frontierwatch.gateway.fetchers.CatalogLookup;
import ai.frontierwatch.gateway.fetchers.ModelLookup;
import ai.frontierwatch.gateway.schema.CatalogMapping;
import ai.frontierwatch.gateway.schema.CatalogTypes.Model;
import ai.frontierwatch.gateway.schema.ModelStatus;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What editors do with a name articles use that the catalogue does not know: make it a model, add its spellings to a
 * model, or dismiss it. insights-service links the articles again itself once the catalogue announces the change.
 */
@GraphQLApi
public class DiscoveredModelMutations {

    /** The catalogue's limits on a model (models-service refuses more). */
    private static final int MAX_NAME = 200;
    private static final int MAX_SLUG = 100;
    private static final int MAX_VENDOR = 100;
    /** insights-service's limit on an id; a longer one cannot exist. */
    private static final int MAX_ID = 100;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    /** A list separator or space would make one id several in a batch request. */
    private static final Pattern ID_SEPARATOR = Pattern.compile("[,\\s]");

    private final SecurityIdentity identity;
    private final ModelLookup lookup;
    private final ModelsClient models;
    private final InsightsClient insights;
    private final CatalogLookup catalog;

    public DiscoveredModelMutations(SecurityIdentity identity, ModelLookup lookup, ModelsClient models,
            InsightsClient insights, CatalogLookup catalog) {
        this.identity = identity;
        this.lookup = lookup;
        this.models = models;
        this.insights = insights;
        this.catalog = catalog;
    }

    @Mutation("confirmDiscoveredModel")
    @Description("Add a discovered model (or family) to the catalogue: under its discovered name unless `name` is "
            + "given, with its other spellings as aliases. CONFLICT when the slug or a name is already another model's.")
    public @NonNull Model confirmDiscoveredModel(
            @Name("id") @Id @NonNull @Description("The `discovered:…` or `family:…` id") String id,
            @Name("name") @Description("Display name; default: the discovered name") String name,
            @Name("slug") @Description("URL-safe unique name; default: made from the name") String slug,
            @Name("vendor") @Description("Vendor id or slug") String vendor) throws GraphQLException {
        Editors.require(identity);
        requireDiscoveredId("id", id);
        String chosenName = name == null ? null : name.strip();
        if (chosenName != null && (chosenName.isEmpty() || chosenName.length() > MAX_NAME)) {
            throw new BadUserInputException("name", "must have 1 to " + MAX_NAME + " characters");
        }
        if (slug != null && (slug.length() > MAX_SLUG || !SLUG.matcher(slug).matches())) {
            throw new BadUserInputException("slug", "must be lowercase letters, digits, dots and dashes, starting "
                    + "with a letter or digit, at most " + MAX_SLUG + " characters");
        }
        String chosenVendor = vendor == null || vendor.isBlank() ? null : vendor.strip();
        if (chosenVendor != null && chosenVendor.length() > MAX_VENDOR) {
            throw new BadUserInputException("vendor", "is longer than " + MAX_VENDOR + " characters");
        }
        DiscoveredDto discovered = find(id);
        String finalName = chosenName != null ? chosenName : discovered.name();
        String finalSlug = slug != null ? slug : ModelNames.slug(finalName);
        if (finalSlug.isEmpty()) {
            throw new BadUserInputException("slug", "cannot be made from the name '" + finalName + "'; give one");
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("slug", finalSlug).put("name", finalName);
        if (chosenVendor != null) {
            body.put("vendor", chosenVendor);
        }
        body.set("aliases", aliasesOf(ModelNames.otherSpellings(finalName, discovered.surfaces(), MAX_NAME)));
        Model created = CatalogMapping.model(Downstream.write(ModelsClient.SERVICE, () -> models.createModel(body)));
        catalog.modelChanged(created.id());
        return created;
    }

    @Mutation("mergeDiscoveredModel")
    @Description("Register the spellings of a discovered model (or family) as aliases of a catalogue model. CONFLICT "
            + "when one of them is already another model's name; then nothing is changed.")
    public @NonNull Model mergeDiscoveredModel(
            @Name("id") @Id @NonNull @Description("The `discovered:…` or `family:…` id") String id,
            @Name("into") @NonNull @Description("The catalogue model's id or slug") String into)
            throws GraphQLException {
        Editors.require(identity);
        requireDiscoveredId("id", id);
        if (into.isBlank() || ModelStatus.ofId(into) != ModelStatus.CONFIRMED) {
            throw new BadUserInputException("into", "must be the id or slug of a catalogue model");
        }
        DiscoveredDto discovered = find(id);
        List<String> aliases = ModelNames.otherSpellings(null, discovered.surfaces(), MAX_NAME);
        List<String> spellings = aliases.isEmpty() ? List.of(discovered.name()) : aliases;
        Model changed = CatalogMapping.model(Downstream.write(ModelsClient.SERVICE,
                () -> models.addModelAliases(into, spellings)));
        catalog.modelChanged(changed.id());
        return changed;
    }

    @Mutation("dismissDiscoveredModel")
    @Description("Stop proposing a discovered model (or family): it leaves the queue and its mentions are removed.")
    public @NonNull Boolean dismissDiscoveredModel(
            @Name("id") @Id @NonNull @Description("The `discovered:…` or `family:…` id") String id) throws GraphQLException {
        Editors.require(identity);
        requireDiscoveredId("id", id);
        return Downstream.write(InsightsClient.SERVICE, () -> {
            insights.dismissDiscovered(id);
            return true;
        });
    }

    private DiscoveredDto find(String id) throws GraphQLException {
        DiscoveredDto found = lookup.discovered(List.of(id)).get(id);
        if (found == null) {
            throw new NotFoundException("No discovered model or family '" + id + "'");
        }
        return found;
    }

    private static void requireDiscoveredId(String argument, String id) throws BadUserInputException {
        if (ModelStatus.ofId(id) == ModelStatus.CONFIRMED || id.length() > MAX_ID || id.endsWith(":")
                || ID_SEPARATOR.matcher(id).find()) {
            throw new BadUserInputException(argument, "must be the id of a discovered model or family "
                    + "(discovered:… or family:…)");
        }
    }

    private static com.fasterxml.jackson.databind.node.ArrayNode aliasesOf(List<String> names) {
        var array = JsonNodeFactory.instance.arrayNode();
        names.forEach(array::add);
        return array;
    }
}
