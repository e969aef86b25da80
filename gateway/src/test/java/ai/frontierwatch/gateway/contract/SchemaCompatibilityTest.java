package ai.frontierwatch.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.gateway.contract.SchemaCompatibility.Change;
import ai.frontierwatch.gateway.contract.SchemaCompatibility.Kind;
import ai.frontierwatch.gateway.contract.SchemaCompatibility.Report;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the schema contract lets through, on small schemas. */
class SchemaCompatibilityTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-01");

    private static final String BASE = """
            scalar Date
            type Query {
              model(slug: String): Model
              models(first: Int, vendor: String): [Model!]!
            }
            "A model"
            type Model {
              slug: String!
              name: String
              releaseDate: Date
              status: Status!
              pricing: Pricing
            }
            type Pricing { currency: String }
            enum Status { CONFIRMED DISCOVERED }
            input RecordInput { model: String!, note: String }
            type Mutation { record(input: RecordInput!): Boolean }
            """;

    private static Report compare(String before, String after) {
        return SchemaCompatibility.compare(before, after, TODAY);
    }

    private static String with(String from, String to) {
        assertThat(BASE).contains(from);
        return BASE.replace(from, to);
    }

    @Test
    void anUnchangedSchemaHasNoChanges() {
        assertThat(compare(BASE, BASE).changes()).isEmpty();
    }

    @Test
    void aRemovedFieldBreaks() {
        Report report = compare(BASE, with("  name: String\n", ""));

        assertThat(report.refused()).containsExactly(new Change(Kind.BREAKING, "Model.name",
                "field removed; deprecate it first with @deprecated(reason: \"... removal after YYYY-MM-DD\")"));
    }

    @Test
    void aFieldDeprecatedWithAPassedRemovalDateMayGo() {
        String deprecated = with("  name: String\n",
                "  name: String @deprecated(reason: \"Use slug; removal after 2026-02-01\")\n");

        Report report = compare(deprecated, with("  name: String\n", ""));

        assertThat(report.refused()).isEmpty();
        assertThat(report.of(Kind.ALLOWED_REMOVAL)).extracting(Change::coordinate).containsExactly("Model.name");
    }

    @Test
    void aFieldMayNotGoBeforeItsRemovalDateNorWithoutOne() {
        String notYet = with("  name: String\n", "  name: String @deprecated(reason: \"removal after 2026-03-01\")\n");
        String undated = with("  name: String\n", "  name: String @deprecated(reason: \"Use slug\")\n");
        String gone = with("  name: String\n", "");

        assertThat(compare(notYet, gone).refused()).extracting(Change::what)
                .containsExactly("field removed before its announced removal date 2026-03-01");
        assertThat(compare(undated, gone).refused()).extracting(Change::what)
                .containsExactly("field removed; its deprecation names no date (\"removal after YYYY-MM-DD\")");
    }

    @Test
    void anAddedFieldIsAdditive() {
        Report report = compare(BASE, with("  name: String\n", "  name: String\n  family: String\n"));

        assertThat(report.refused()).isEmpty();
        assertThat(report.of(Kind.ADDITIVE)).containsExactly(new Change(Kind.ADDITIVE, "Model.family", "field added"));
    }

    @Test
    void outputFieldsMayGetStricterButNotLooserNorRetyped() {
        assertThat(compare(BASE, with("slug: String!", "slug: String")).refused())
                .containsExactly(new Change(Kind.BREAKING, "Model.slug", "type String! became String"));
        assertThat(compare(BASE, with("releaseDate: Date", "releaseDate: String")).refused())
                .containsExactly(new Change(Kind.BREAKING, "Model.releaseDate", "type Date became String"));
        assertThat(compare(BASE, with("name: String", "name: String!")).refused()).isEmpty();
        assertThat(compare(BASE, with("models(first: Int, vendor: String): [Model!]!", "models(first: Int, vendor: String): [Model]!"))
                .refused()).extracting(Change::coordinate).containsExactly("Query.models");
    }

    @Test
    void argumentsMayGetLooserButNotStricterNorGoNorBeRequiredAnew() {
        assertThat(compare(BASE, with("first: Int,", "first: Int!,")).refused())
                .containsExactly(new Change(Kind.BREAKING, "Query.models(first:)", "type Int became Int! (made required)"));
        assertThat(compare(BASE, with("first: Int, vendor: String", "first: Int")).refused())
                .extracting(Change::coordinate).containsExactly("Query.models(vendor:)");
        assertThat(compare(BASE, with("model(slug: String)", "model(slug: String, id: ID!)")).refused())
                .containsExactly(new Change(Kind.BREAKING, "Query.model(id:)", "new required argument ID!"));

        Report optional = compare(BASE, with("model(slug: String)", "model(slug: String, id: ID, at: Int! = 1)"));
        assertThat(optional.refused()).isEmpty();
        assertThat(optional.of(Kind.ADDITIVE)).extracting(Change::coordinate)
                .containsExactly("Query.model(id:)", "Query.model(at:)");
        assertThat(compare(BASE, with("model: String!,", "model: String,")).refused()).isEmpty();
    }

    @Test
    void inputFieldsFollowTheRulesOfArguments() {
        assertThat(compare(BASE, with(", note: String", "")).refused()).extracting(Change::coordinate)
                .containsExactly("RecordInput.note");
        assertThat(compare(BASE, with("note: String", "note: String, value: Float!")).refused())
                .containsExactly(new Change(Kind.BREAKING, "RecordInput.value", "new required input field Float!"));
        assertThat(compare(BASE, with("note: String", "note: String!")).refused())
                .extracting(Change::coordinate).containsExactly("RecordInput.note");
    }

    @Test
    void enumValuesMayBeAddedButNotRemoved() {
        assertThat(compare(BASE, with("CONFIRMED DISCOVERED", "CONFIRMED")).refused())
                .containsExactly(new Change(Kind.BREAKING, "Status.DISCOVERED",
                        "enum value removed; deprecate it first with @deprecated(reason: \"... removal after YYYY-MM-DD\")"));
        Report added = compare(BASE, with("CONFIRMED DISCOVERED", "CONFIRMED DISCOVERED FAMILY"));
        assertThat(added.refused()).isEmpty();
        assertThat(added.of(Kind.ADDITIVE)).extracting(Change::coordinate).containsExactly("Status.FAMILY");
    }

    @Test
    void aTypeMayGoOnlyWithEveryUseOfIt() {
        String dropped = with("  pricing: Pricing\n", "").replace("type Pricing { currency: String }\n", "");
        assertThat(compare(BASE, dropped).refused()).extracting(Change::toString).containsExactlyInAnyOrder(
                "Model.pricing: field removed; deprecate it first with @deprecated(reason: \"... removal after YYYY-MM-DD\")",
                "Pricing: type removed (still used by Model.pricing until they go)");

        String announced = with("  pricing: Pricing\n", "  pricing: Pricing @deprecated(reason: \"removal after 2025-12-31\")\n");
        Report report = compare(announced, dropped);
        assertThat(report.refused()).isEmpty();
        assertThat(report.of(Kind.ALLOWED_REMOVAL)).extracting(Change::coordinate).containsExactly("Model.pricing", "Pricing");
    }

    @Test
    void aNewDeprecationAnnouncesItsRemovalFarEnoughAhead() {
        String far = TODAY.plusDays(SchemaCompatibility.DEPRECATION_DAYS).toString();
        String near = TODAY.plusDays(30).toString();

        assertThat(compare(BASE, with("name: String", "name: String @deprecated(reason: \"Use slug\")")).of(Kind.POLICY))
                .extracting(Change::coordinate).containsExactly("Model.name");
        assertThat(compare(BASE, with("name: String", "name: String @deprecated(reason: \"removal after " + near + "\")"))
                .of(Kind.POLICY)).extracting(Change::what).containsExactly("removal after " + near + " is less than "
                        + SchemaCompatibility.DEPRECATION_DAYS + " days ahead; the earliest is " + far);
        Report ok = compare(BASE, with("name: String", "name: String @deprecated(reason: \"Use slug; removal after " + far + "\")"));
        assertThat(ok.refused()).isEmpty();
        assertThat(ok.of(Kind.CHANGED)).extracting(Change::coordinate).containsExactly("Model.name");
    }

    @Test
    void descriptionsAndDefaultsAreChangesToReviewNotBreaks() {
        Report report = compare(BASE, with("\"A model\"", "\"An AI model\"").replace("first: Int,", "first: Int = 20,"));

        assertThat(report.refused()).isEmpty();
        assertThat(report.of(Kind.CHANGED)).extracting(Change::toString)
                .containsExactlyInAnyOrder("Model: description changed", "Query.models(first:): default none became 20");
    }
}
