package ai.frontierwatch.articles.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import ai.frontierwatch.articles.parsing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleIngestionTest {

    static JsonPath post(String contentType, byte[] body, int status) {
        return given().contentType(contentType).body(body).post("/api/v1/articles?origin=fixtures/doc")
                .then().statusCode(status).extract().jsonPath();
    }

    @Test
    void briefingIsStoredWithItsTablesAndReadBack() {
        JsonPath created = post("text/plain; charset=utf-8", Fixtures.bytes("briefing-tables.txt"), 201);
        assertThat(created.getList("articles.status")).containsExactly("CREATED");
        String id = created.getString("articles[0].id");

        given().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("title", equalTo("模型觀察週報：開源模型與評測競賽"))
                .body("language", equalTo("zh-Hant"))
                .body("publishedAt", nullValue())
                .body("tables", hasSize(2))
                .body("tables[0].caption", equalTo("程式與推理"))
                .body("tables[0].header", contains("評測基準 (Benchmark)", "Qwen3-Max 分數", "GLM-4.6 分數", "領先者"))
                .body("tables[0].rows[1]", contains("GPQA Diamond", "81.0%", "82.9%", "GLM-4.6"))
                .body("tables[0].bold.column", contains(0, 1, 0, 2))
                .body("tables[1].rows[2][0]", equalTo("DocVQA | 英文"))
                .body("contentHash", org.hamcrest.Matchers.startsWith("sha256:"))
                .body("metadata.origins", contains("fixtures/doc"))
                .body("ingestedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void digestCreatesOneArticlePerEntryAndIsIdempotent() {
        JsonPath first = post("text/markdown", Fixtures.bytes("digest-entries.md"), 201);
        assertThat(first.getList("articles.status")).containsExactly("CREATED", "CREATED", "CREATED");
        assertThat(first.getList("articles.title", String.class)).containsExactly("千问新版本上线：阿里巴巴加码开源生态",
                "智谱GLM-4.6在编程任务上表现亮眼", "Gemini 3 Deep Think 向订阅用户开放");
        assertThat(first.getList("warnings", String.class)).anyMatch(w -> w.contains("其他相关资讯"));
        List<String> ids = first.getList("articles.id");

        JsonPath again = post("text/markdown", Fixtures.bytes("digest-entries.md"), 200);
        assertThat(again.getList("articles.status")).containsExactly("UNCHANGED", "UNCHANGED", "UNCHANGED");
        assertThat(again.getList("articles.id", String.class)).isEqualTo(ids);

        given().get("/api/v1/articles?ids=" + String.join(",", ids) + ",00000000-0000-0000-0000-000000000000")
                .then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.canonicalUrl", contains("https://frontierwatch.example/digest/qwen-update",
                        "https://frontierwatch.example/digest/glm-4-6-review", "https://frontierwatch.example/digest/deep-think"))
                .body("items.source", contains("前沿观察", "开发者周刊", "科技快讯"))
                .body("items[0].publishedAt", equalTo("2025-12-15T00:00:00+08:00"))
                .body("items[0].keyPoints", hasSize(3));
    }

    @Test
    void sameUrlWithOtherTrackingParametersIsTheSameArticleAndAChangeIsAnUpdate() {
        String body = """
                {"title":"Tracking test","url":"https://frontierwatch.example/tracking-test?utm_source=a",
                 "body":"First version of the tracking story.","source":"Desk"}""";
        JsonPath created = given().contentType("application/json").body(body).post("/api/v1/articles")
                .then().statusCode(201).extract().jsonPath();
        String id = created.getString("articles[0].id");

        given().contentType("application/json").body(body.replace("utm_source=a", "utm_source=b&fbclid=z"))
                .post("/api/v1/articles").then().statusCode(200)
                .body("articles[0].id", equalTo(id)).body("articles[0].status", equalTo("UNCHANGED"));

        given().contentType("application/json").body(body.replace("First version", "Second, corrected version"))
                .post("/api/v1/articles").then().statusCode(200)
                .body("articles[0].id", equalTo(id)).body("articles[0].status", equalTo("UPDATED"));

        given().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("revision", equalTo(2))
                .body("plainText", equalTo("Second, corrected version of the tracking story."))
                .body("canonicalUrl", equalTo("https://frontierwatch.example/tracking-test"))
                .body("titleSource", equalTo("REQUEST"));
    }

    @Test
    void sameContentWithoutUrlIsDetectedAsDuplicate() {
        byte[] note = Fixtures.bytes("plain-note.txt");
        String id = post("text/plain", note, 201).getString("articles[0].id");
        // re-wrapped white space and Windows line ends: same normalized content
        String rewrapped = new String(note, StandardCharsets.UTF_8).replace("\n", "\r\n").replace("GPT-5.2.", "GPT-5.2.  ");
        JsonPath again = post("text/plain", rewrapped.getBytes(StandardCharsets.UTF_8), 200);
        assertThat(again.getString("articles[0].id")).isEqualTo(id);
        assertThat(again.getString("articles[0].status")).isEqualTo("UNCHANGED");
        given().get("/api/v1/articles/" + id).then()
                .body("titleSource", equalTo("FIRST_LINE"))
                .body("warnings", hasItem("The document has no title: its first line is used as the title"));
    }

    @Test
    void frontMatterPostKeepsDateOffsetTagsAndCanonicalUrl() {
        String id = post("text/markdown", Fixtures.bytes("front-matter-post.md"), 201).getString("articles[0].id");
        given().get("/api/v1/articles/" + id).then()
                .body("publishedAt", equalTo("2025-12-20T09:30:00+08:00"))
                .body("datePrecision", equalTo("TIME"))
                .body("tags", contains("open models", "coding", "benchmarks"))
                .body("canonicalUrl", equalTo("https://frontierwatch.example/articles/open-models-gap"))
                .body("images[0].url", equalTo("https://frontierwatch.example/img/chart.png"))
                .body("bodyMarkdown", org.hamcrest.Matchers.not(containsString("{%")));
    }

    @Test
    void unreadableDateIsStoredAsUnknownWithAWarning() {
        JsonPath result = post("text/markdown", Fixtures.bytes("bad-date.md"), 201);
        assertThat(result.getList("warnings", String.class)).containsExactly("A post with a date nobody can read: "
                + "The date 'sometime next tuesday' does not read as a date: the article is stored with its date unknown");
        given().get("/api/v1/articles/" + result.getString("articles[0].id")).then().body("publishedAt", nullValue());
    }

    @Test
    void badInputIsRejectedWithProblemDetailsAndStoresNothing() {
        long before = countAll();
        given().contentType("text/markdown").body(new byte[0]).post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:problem:empty-document"));
        given().contentType("text/markdown").body(" \n \n".getBytes(StandardCharsets.UTF_8)).post("/api/v1/articles")
                .then().statusCode(400).body("type", equalTo("urn:problem:empty-document"));
        given().contentType("text/markdown").body(new byte[] {'#', ' ', 'x', (byte) 0xe5, (byte) 0x9e})
                .post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json").body("type", equalTo("urn:problem:not-utf8"));
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        given().contentType("text/plain").body(big).post("/api/v1/articles")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", equalTo("The document has 5242881 bytes; the limit is 5242880"));
        given().contentType("text/markdown").body(Fixtures.bytes("bad-front-matter.md")).post("/api/v1/articles")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:problem:front-matter"));
        given().contentType("application/json").body("{\"title\":\"no body\"}").post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("body"));
        given().contentType("application/json").body("[{\"body\":\"fine\"},{\"body\":\"---\\ntitle: [x\\n---\\ntext\"}]")
                .post("/api/v1/articles/batch")
                .then().statusCode(422).body("detail", containsString("Item 1: "));
        given().get("/api/v1/articles/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/search?q=x&limit=0").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/search?q=x&after=garbage").then().statusCode(400).contentType("application/problem+json");
        assertThat(countAll()).isEqualTo(before);
    }

    @Test
    void aDocumentWhoseEventKafkaWouldRefuseIsRejectedAtIngestNamingTheLimit() {
        long before = countAll();
        String paragraph = "Sparse attention keeps getting cheaper for long documents. ".repeat(20) + "\n\n";
        String oversized = "# Oversized briefing\n\n" + paragraph.repeat(1_000);
        given().contentType("text/markdown").body(oversized.getBytes(StandardCharsets.UTF_8)).post("/api/v1/articles")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:problem:event-too-large"))
                .body("detail", matchesPattern("The article 'Oversized briefing' is too large to publish: its event "
                        + "would take 1\\d{6} bytes and the limit is 1048576 bytes \\(FW_KAFKA_MAX_REQUEST_BYTES\\); "
                        + "send it shorter or in parts"));
        given().contentType("application/json")
                .body(List.of(Map.of("body", "A small one."), Map.of("title", "Oversized item", "body", oversized)))
                .post("/api/v1/articles/batch")
                .then().statusCode(413).body("detail", containsString("The article 'Oversized item' is too large"));
        assertThat(countAll()).isEqualTo(before);

        // the bound is the event's size, not a guess: just under it is stored and published
        String large = "# Large but publishable\n\n" + paragraph.repeat(700);
        String id = given().contentType("text/markdown").body(large.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/articles").then().statusCode(201).extract().path("articles[0].id");
        given().delete("/api/v1/articles/" + id).then().statusCode(204);
    }

    @Test
    void batchStoresEveryItemAndDeleteRemovesOne() {
        JsonPath batch = given().contentType("application/json").body("""
                [{"title":"Batch one","body":"Batch article number one about sparse attention.","tags":["batch"]},
                 {"title":"Batch two","body":"Batch article number two about mixture of experts.","publishedAt":"2025-11-01"}]""")
                .post("/api/v1/articles/batch").then().statusCode(201).extract().jsonPath();
        assertThat(batch.getList("articles.status")).containsExactly("CREATED", "CREATED");
        String second = batch.getString("articles[1].id");
        given().get("/api/v1/articles/" + second).then().body("publishedAt", equalTo("2025-11-01T00:00:00Z"))
                .body("datePrecision", equalTo("DAY"));
        given().delete("/api/v1/articles/" + second).then().statusCode(204);
        given().get("/api/v1/articles/" + second).then().statusCode(404);
        given().delete("/api/v1/articles/" + second).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listingPagesThroughAFilteredFeedNewestFirst() {
        for (int day = 1; day <= 5; day++) {
            given().contentType("application/json").body(Map.of("title", "Feed item " + day, "source", "feed-test",
                    "publishedAt", "2025-09-0" + day + "T08:00:00+02:00", "body", "Feed body for day " + day + "."))
                    .post("/api/v1/articles").then().statusCode(201);
        }
        JsonPath page1 = given().get("/api/v1/articles?source=feed-test&limit=2").then().statusCode(200).extract().jsonPath();
        assertThat(page1.getList("items.title", String.class)).containsExactly("Feed item 5", "Feed item 4");
        assertThat(page1.getString("items[0].publishedAt")).isEqualTo("2025-09-05T08:00:00+02:00");
        JsonPath page2 = given().get("/api/v1/articles?source=feed-test&limit=2&after=" + page1.getString("nextCursor"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(page2.getList("items.title", String.class)).containsExactly("Feed item 3", "Feed item 2");
        JsonPath page3 = given().get("/api/v1/articles?source=feed-test&limit=2&after=" + page2.getString("nextCursor"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(page3.getList("items.title", String.class)).containsExactly("Feed item 1");
        assertThat(page3.getString("nextCursor")).isNull();
        given().get("/api/v1/articles?source=feed-test&from=2025-09-02&to=2025-09-03").then()
                .body("items.title", contains("Feed item 3", "Feed item 2"));
    }

    @Test
    void aDateRangeNeverHoldsUndatedArticles() {
        given().contentType("application/json").body(Map.of("title", "Dated quokka note", "source", "range-test",
                "publishedAt", "2025-09-01T08:00:00Z", "body", "A dated quokka sighting.")).post("/api/v1/articles")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        given().contentType("application/json").body(Map.of("title", "Undated quokka note", "source", "range-test",
                "body", "An undated quokka sighting.")).post("/api/v1/articles")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        // undated articles come last in the feed, and no date range holds them, open at either end
        given().get("/api/v1/articles?source=range-test").then()
                .body("items.title", contains("Dated quokka note", "Undated quokka note"));
        given().get("/api/v1/articles?source=range-test&to=2025-09-03").then()
                .body("items.title", contains("Dated quokka note"));
        given().get("/api/v1/articles?source=range-test&from=2025-08-01").then()
                .body("items.title", contains("Dated quokka note"));
        given().get("/api/v1/search?source=range-test&q=quokka&to=2025-09-03").then()
                .body("hits.title", contains("Dated quokka note")).body("total", equalTo(1));
        given().get("/api/v1/search?source=range-test&q=quokka").then().body("total", equalTo(2));
    }

    @Test
    void aRedeliveryFromAnotherFileRecordsItsOriginAndStaysSearchable() {
        byte[] doc = "# Zeppelin benchmark note\n\nThe quixotic zeppelin benchmark was rerun.".getBytes(StandardCharsets.UTF_8);
        String id = given().contentType("text/markdown").body(doc).post("/api/v1/articles?origin=a/one.md")
                .then().statusCode(201).extract().path("articles[0].id");
        given().contentType("text/markdown").body(doc).post("/api/v1/articles?origin=b/two.md")
                .then().statusCode(200).body("articles[0].status", equalTo("UNCHANGED"));
        given().get("/api/v1/articles/" + id).then().body("metadata.origins", contains("a/one.md", "b/two.md"))
                .body("revision", equalTo(1));
        given().get("/api/v1/search?q=quixotic zeppelin").then().statusCode(200).body("hits.id", contains(id));
    }

    private static long countAll() {
        return given().get("/api/v1/search").then().statusCode(200).extract().jsonPath().getLong("total");
    }
}
