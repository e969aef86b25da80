package ai.frontierwatch.gateway.fetchers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Arguments no service should see are answered BAD_USER_INPUT naming the argument, before any downstream call; a
 * service's own refusal is passed on as BAD_USER_INPUT too; and neither opens a circuit breaker.
 */
@QuarkusTest
@TestProfile(FakeServices.class)
class HostileArgumentsTest {

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    private static ValidatableResponse graphql(String query, Map<String, Object> variables) {
        return given().contentType("application/json").body(Map.of("query", query, "variables", variables))
                .post("/graphql").then().statusCode(200);
    }

    private static ValidatableResponse graphql(String query) {
        return graphql(query, Map.of());
    }

    @Test
    void aBlankOrDotNameFindsNothingAndIsNotSentAsAPath() {
        // GET /api/v1/articles/ is the service's feed, not an article: sent, it was read as an article without a title
        for (String name : new String[] {"", " ", ".", ".."}) {
            graphql("query($v: ID!) { article(id: $v) { title } }", Map.of("v", name))
                    .body("data.article", nullValue()).body("errors", nullValue());
            graphql("query($v: String) { model(slug: $v) { name } vendor(slug: $v) { name } benchmark(slug: $v) { name } }",
                    Map.of("v", name))
                    .body("data.model", nullValue()).body("data.vendor", nullValue()).body("data.benchmark", nullValue());
        }
        assertThat(FakeServices.seen()).isEmpty();
    }

    @Test
    void aFloodOfNulSlugsIsRefusedWithoutCallingDownstreamAndLeavesTheBreakerClosed() {
        for (int i = 0; i < 30; i++) {
            graphql("{ model(slug: \"x\\u0000y\") { name } }")
                    .body("data.model", nullValue())
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].extensions.argument", equalTo("slug"))
                    .body("errors[0].message", equalTo("slug: contains the control character U+0000 at position 1"));
        }
        assertThat(FakeServices.seen()).isEmpty();
        graphql("{ model(slug: \"m1\") { name } }").body("data.model.name", equalTo("Model One"))
                .body("errors", nullValue());
    }

    @Test
    void aServicesRefusalIsBadUserInputWithItsReasonAndLeavesTheBreakerClosed() {
        FakeServices.answer("GET", "/api/v1/models", 400, """
                {"type":"urn:problem:invalid-parameter","title":"Invalid parameter","status":400,
                 "detail":"Parameter 'vendor' is not known","errors":[{"field":"vendor","message":"is not known"}]}""");
        for (int i = 0; i < 30; i++) {
            graphql("{ models(vendor: \"nobody\") { edges { cursor } } }")
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", equalTo("vendor: Parameter 'vendor' is not known"));
        }
        graphql("{ model(slug: \"m1\") { name } }").body("data.model.name", equalTo("Model One"))
                .body("errors", nullValue());
    }

    @Test
    void everyKindOfBadStringIsNamedWhereverItSits() {
        graphql("query($s: String) { model(slug: $s) { name } }", Map.of("s", "x\ud800"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("slug: contains a lone surrogate U+D800 at position 1 (not Unicode text)"));
        graphql("{ model(slug: \"" + "s".repeat(501) + "\") { name } }")
                .body("errors[0].message", equalTo("slug: is 501 characters long; at most 500"));
        graphql("{ searchArticles(query: \"tab\\there\") { totalCount } }")
                .body("errors[0].message", equalTo("query: contains the control character U+0009 at position 3"));
        graphql("{ model(slug: \"m1\") { name mentionTrend(from: \"0001-01-01\", to: \"9999-12-31\") { period } } }")
                .body("data.model.name", equalTo("Model One"))
                .body("errors[0].path[1]", equalTo("mentionTrend"))
                .body("errors[0].extensions.argument", equalTo("from"))
                .body("errors[0].message", equalTo("from: must be a date in the years 1900 to 2999, not 0001-01-01"));
        graphql("""
                mutation { recordResult(input: {model: "m1", benchmark: "b1", value: 1, conditions: [],
                  sources: [{reportedBy: FIRST_PARTY, quote: "ok"}, {reportedBy: FIRST_PARTY, quote: "a\\u0000b"}]}) { id } }""")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo("input.sources[1].quote"))
                .body("errors[0].message", equalTo("input.sources[1].quote: contains the control character U+0000 at position 1"));
        // prose may run over lines
        graphql("mutation { acceptClaim(id: \"c\\u0001\", note: \"line one\\nline two\") { id } }")
                .body("errors[0].extensions.argument", equalTo("id"));
        // the one call made: the model whose trend was refused
        assertThat(FakeServices.seen()).extracting(s -> s.get("path")).containsExactly("/api/v1/models/m1");
    }
}
