package ai.frontierwatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.frontierwatch.localstack.LocalStack;
import ai.frontierwatch.localstack.ServiceSpec;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each page of the frontend guide is one query (the files in gateway/docs/pages), run through the gateway
 * against the four services on real PostgreSQL and Kafka with the sample data loaded as ./run loads it.
 */
class PageQueriesIT {

    private static LocalStack stack;
    private static String gateway;

    @BeforeAll
    static void startAndWaitForInsights() throws Exception {
        stack = SystemUnderTest.get();
        gateway = stack.url(ServiceSpec.GATEWAY);
        // insights-service derives from events: wait until the sample catalogue has reached it.
        String query = GraphQL.page("benchmark-page");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode response = GraphQL.execute(gateway, query, Map.of("slug", "swe-bench-verified"));
            JsonNode entries = response.at("/data/benchmark/leaderboard/entries");
            return entries.isArray() && entries.size() >= 3;
        });
    }

    @Test
    void benchmarkPageRanksComparableResultsWithTheirSources() throws Exception {
        JsonNode data = GraphQL.data(GraphQL.execute(gateway, GraphQL.page("benchmark-page"),
                Map.of("slug", "swe-bench-verified")));
        JsonNode entries = data.at("/benchmark/leaderboard/entries");
        List<String> order = new ArrayList<>();
        entries.forEach(e -> order.add(e.at("/model/slug").asText() + "=" + e.get("value").asDouble()));
        assertThat(order).startsWith("claude-opus-4-5=80.9", "gpt-5-2=80.0", "gemini-3-pro=76.2");

        JsonNode gpt = entries.get(1);
        assertThat(gpt.get("rank").asInt()).isEqualTo(2);
        assertThat(gpt.get("gapToNext").asDouble()).isCloseTo(3.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(gpt.at("/model/vendor/name").asText()).isEqualTo("OpenAI");
        assertThat(gpt.at("/sources/0/url").asText()).isEqualTo("https://openai.com/index/introducing-gpt-5-2/");
        assertThat(gpt.at("/sources/0/reportedBy").asText()).isEqualTo("FIRST_PARTY");
        assertThat(entries.get(2).at("/sources/0/publisher").asText()).isEqualTo("Google");
        assertThat(data.at("/benchmark/unit").asText()).isEqualTo("PERCENT");
        assertThat(data.get("stateOfTheArt")).isNotEmpty();
    }

    @Test
    void comparePageCountsWinsOnSharedBenchmarks() throws Exception {
        JsonNode data = GraphQL.data(GraphQL.execute(gateway, GraphQL.page("compare-page"),
                Map.of("models", List.of("gpt-5-2", "gemini-3-pro"))));
        JsonNode compare = data.get("compare");
        assertThat(compare.get("benchmarks")).hasSize(7);
        Map<String, String> tallies = new HashMap<>();
        compare.get("tallies").forEach(t -> tallies.put(t.at("/model/slug").asText(),
                t.get("wins").asInt() + "-" + t.get("losses").asInt() + "-" + t.get("ties").asInt()));
        assertThat(tallies).containsEntry("gpt-5-2", "6-1-0").containsEntry("gemini-3-pro", "1-6-0");
        Map<String, String> winners = new HashMap<>();
        compare.get("benchmarks").forEach(b -> winners.put(b.at("/benchmark/slug").asText(), b.at("/winner/slug").asText()));
        assertThat(winners).containsEntry("mmmu-pro", "gemini-3-pro").containsEntry("swe-bench-verified", "gpt-5-2");
    }

    @Test
    void modelPageGathersCatalogueRanksAndNews() throws Exception {
        JsonNode model = GraphQL.data(GraphQL.execute(gateway, GraphQL.page("model-page"),
                Map.of("slug", "gpt-5-2", "from", "2025-12-01", "to", "2025-12-31"))).get("model");
        assertThat(model.get("name").asText()).isEqualTo("GPT-5.2");
        assertThat(model.at("/vendor/name").asText()).isEqualTo("OpenAI");
        assertThat(model.get("results")).hasSize(7);
        assertThat(model.get("ranks")).hasSize(7);
        Map<String, Integer> ranks = new HashMap<>();
        model.get("ranks").forEach(r -> ranks.put(r.at("/benchmark/slug").asText(), r.get("rank").asInt()));
        assertThat(ranks).containsEntry("swe-bench-verified", 2).containsEntry("arc-agi-2", 1);
        List<String> titles = new ArrayList<>();
        model.get("latestArticles").forEach(a -> titles.add(a.get("title").asText()));
        assertThat(titles).contains("GPT-5.2 takes back the lead from Gemini 3 Pro on most reported benchmarks");
        int mentioned = 0;
        for (JsonNode point : model.get("mentionTrend")) {
            mentioned += point.get("articles").asInt();
        }
        assertThat(mentioned).isGreaterThanOrEqualTo(1);
    }

    @Test
    void articlePageListsMentionsAndClaimsCheckedAgainstTheRecord() throws Exception {
        JsonNode feed = GraphQL.data(GraphQL.execute(gateway, GraphQL.page("news-feed"),
                Map.of("query", "GPT-5.2 Gemini", "first", 5)));
        String id = null;
        for (JsonNode edge : feed.at("/searchArticles/edges")) {
            if (edge.at("/node/title").asText().startsWith("GPT-5.2 takes back the lead")) {
                id = edge.at("/node/id").asText();
            }
        }
        assertThat(id).as("the GPT-5.2 article is found").isNotNull();

        JsonNode article = GraphQL.data(GraphQL.execute(gateway, GraphQL.page("article-page"), Map.of("id", id)))
                .get("article");
        assertThat(article.get("tables")).hasSize(1);
        List<String> mentioned = new ArrayList<>();
        article.get("mentions").forEach(m -> mentioned.add(m.at("/model/slug").asText(m.at("/vendor/slug").asText())));
        assertThat(mentioned).contains("gpt-5-2", "gemini-3-pro");

        Map<String, String> statusOf = new HashMap<>();
        List<Double> values = new ArrayList<>();
        article.get("claims").forEach(c -> {
            values.add(c.get("value").asDouble());
            statusOf.put(c.at("/model/slug").asText() + "/" + c.at("/benchmark/slug").asText() + "="
                    + c.get("value").asDouble(), c.get("status").asText());
        });
        assertThat(statusOf).containsEntry("gpt-5-2/swe-bench-verified=80.0", "CORROBORATES")
                .containsEntry("gemini-3-pro/swe-bench-verified=76.2", "CORROBORATES")
                .containsEntry("gemini-3-pro/mmmu-pro=81.0", "CORROBORATES");
        assertThat(values).as("a price is not a score").doesNotContain(1.75);
    }

    @Test
    void newsFeedFindsChineseInEitherScriptWithFacets() throws Exception {
        JsonNode traditional = GraphQL.data(GraphQL.execute(gateway, GraphQL.page("news-feed"),
                Map.of("query", "千問", "first", 10))).get("searchArticles");
        List<String> titles = new ArrayList<>();
        traditional.get("edges").forEach(e -> titles.add(e.at("/node/title").asText()));
        assertThat(titles).contains("千问新版本上线：阿里巴巴加码开源生态");
        assertThat(traditional.at("/facets/languages")).isNotEmpty();
        // the sample data has far fewer than 1,000 hits: the total is counted, and the facets count every hit
        assertThat(traditional.get("totalCountExact").asBoolean()).isTrue();
        assertThat(traditional.get("facetsCounted").asInt()).isEqualTo(traditional.get("totalCount").asInt())
                .isGreaterThanOrEqualTo(titles.size());

        JsonNode firstPage = GraphQL.data(GraphQL.execute(gateway, GraphQL.page("news-feed"), Map.of("first", 2)))
                .get("searchArticles");
        assertThat(firstPage.get("edges")).hasSize(2);
        assertThat(firstPage.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
        JsonNode secondPage = GraphQL.data(GraphQL.execute(gateway, GraphQL.page("news-feed"),
                Map.of("first", 2, "after", firstPage.at("/pageInfo/endCursor").asText()))).get("searchArticles");
        assertThat(secondPage.at("/edges/0/node/id").asText())
                .isNotIn(firstPage.at("/edges/0/node/id").asText(), firstPage.at("/edges/1/node/id").asText());
    }

    @Test
    void trendingWidgetShowsModelsMentionedInTheWindow() throws Exception {
        JsonNode trending = GraphQL.data(GraphQL.execute(gateway, GraphQL.page("trending-widget"),
                Map.of("days", 30, "asOf", "2025-12-31", "first", 10))).get("trendingModels");
        List<String> slugs = new ArrayList<>();
        trending.forEach(t -> slugs.add(t.at("/model/slug").asText()));
        assertThat(slugs).contains("gpt-5-2");
    }

    @Test
    void downstreamCallsDependOnTheQueryShapeNotOnListSizes() throws Exception {
        String query = "query($n: Int) { models(first: $n) { edges { node { name vendor { name } "
                + "results { benchmark { slug } } ranks { rank benchmark { slug } } } } } }";
        long small = callsFor(query, 2);
        long large = callsFor(query, 12);
        // models page, vendors, results, result benchmarks, rank benchmarks: at most five models-service calls for
        // any number of models (fewer when the gateway still holds vendors, results or benchmarks from earlier
        // pages; the page itself is always asked).
        assertThat(small).isBetween(1L, 5L);
        assertThat(large).isBetween(1L, 5L);
    }

    private long callsFor(String query, int n) throws Exception {
        double before = GraphQL.downstreamCalls(gateway, "models-service");
        GraphQL.data(GraphQL.execute(gateway, query, Map.of("n", n)));
        return Math.round(GraphQL.downstreamCalls(gateway, "models-service") - before);
    }
}
