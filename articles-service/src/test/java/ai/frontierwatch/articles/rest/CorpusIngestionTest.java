package ai.frontierwatch.articles.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.frontierwatch.articles.parsing.SharedCorpus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The real corpus goes through the API as ./run sends it (skips when the shared corpus is absent). */
@QuarkusTest
class CorpusIngestionTest {

    private static Response post(Path root, Path file) {
        String type = file.toString().endsWith(".txt") ? "text/plain" : "text/markdown";
        return given().contentType(type).body(SharedCorpus.bytes(file))
                .queryParam("origin", root.relativize(file).toString())
                .post("/api/v1/articles");
    }

    @Test
    void digestOfTheCorpusBecomesTenArticlesWithTheirSources() {
        Path root = SharedCorpus.dir();
        Response r = post(root, SharedCorpus.file("001_"));
        assertThat(r.statusCode()).isIn(200, 201);
        List<String> ids = r.jsonPath().getList("articles.id");
        assertThat(ids).hasSize(10).doesNotHaveDuplicates();
        given().get("/api/v1/articles?ids=" + String.join(",", ids)).then().statusCode(200)
                .body("items.source", org.hamcrest.Matchers.hasItems("Founder Park", "腾讯研究院", "共识粉碎机"))
                .body("items[0].category", org.hamcrest.Matchers.equalTo("观点洞察"))
                .body("items[0].metadata.origins", org.hamcrest.Matchers.contains("001_39cbb1e42db1cf45.txt"));
    }

    @Test
    void everyExternalDocumentIngestsWithoutServerErrorAndDuplicatesAreDetected() {
        Path ext = SharedCorpus.dir().resolve("ext");
        List<Path> files = SharedCorpus.ext();
        assertThat(files).hasSize(300);
        Map<Integer, Integer> statuses = new HashMap<>();
        Map<String, String> idByFile = new HashMap<>();
        Map<String, String> statusByFile = new HashMap<>();
        List<String> rejected = new ArrayList<>();
        int digestFiles = 0;
        int digestEntries = 0;
        Set<String> digestArticles = new HashSet<>();
        for (Path file : files) {
            Response r = post(ext, file);
            statuses.merge(r.statusCode(), 1, Integer::sum);
            String name = file.getFileName().toString();
            if (r.statusCode() >= 400) {
                assertThat(r.contentType()).startsWith("application/problem+json");
                rejected.add(name + " " + r.jsonPath().getString("type"));
                continue;
            }
            List<String> ids = r.jsonPath().getList("articles.id");
            if (ids.size() > 1) {
                // a daily brief: one article per story; a story repeated on another day is the same article
                digestFiles++;
                digestEntries += ids.size();
                digestArticles.addAll(ids);
                continue;
            }
            assertThat(ids).as(name).hasSize(1);
            idByFile.put(name, r.jsonPath().getString("articles[0].id"));
            statusByFile.put(name, r.jsonPath().getString("articles[0].status"));
        }
        assertThat(statuses.keySet()).as("no 5xx").allMatch(s -> s < 500);
        assertThat(rejected).containsExactly("content__md2multi-output__line.md urn:problem:not-utf8");
        assertThat(digestFiles).isEqualTo(150);
        // 2026-07-24 has 35 stories: a summary cut off inside an HTML tag does not swallow the two headings after it
        assertThat(digestEntries).isEqualTo(5188);
        assertThat(digestArticles).hasSize(4755);

        // byte-identical copies under two paths
        assertSameArticle(idByFile, statusByFile, "content__newsletters__pi-mono-substack-draft.md",
                "content__research__pi-mono-substack-draft.md");
        assertSameArticle(idByFile, statusByFile,
                "content__2026-02-25-x-daily__2026-02-25-one-person-four-business-lines-with-openclaw.md",
                "daily-reports__x-posts__2026-02-25__2026-02-25-one-person-four-business-lines-with-openclaw.md");
        assertSameArticle(idByFile, statusByFile,
                "content__2026-02-25-x-daily__2026-02-25-openclaw-tutorial-from-beginner-to-intermediate.md",
                "daily-reports__x-posts__2026-02-25__2026-02-25-openclaw-tutorial-from-beginner-to-intermediate.md");
        // metadata-only stubs of issues whose full text is stored: same story, the full text is kept
        for (String stub : List.of("24-01-08-ainews-182024-the-four-wars-of-the-ai-stack.md", "25-06-19-followups.md",
                "25-11-14-not-much.md")) {
            assertSameArticle(idByFile, statusByFile, "src__content__frozen-issues__" + stub, "src__content__issues__" + stub);
        }
        // issues that share a title and a timestamp but not their text stay apart
        assertThat(idByFile.get("src__content__issues__26-04-14-not-much.md"))
                .isNotEqualTo(idByFile.get("src__content__issues__26-04-07-not-much.md"));
        Set<String> distinct = new HashSet<>(idByFile.values());
        assertThat(distinct).hasSize(149 - 6);
        assertThat(statusByFile.values().stream().filter("UNCHANGED"::equals).count()).isEqualTo(6);

        String kept = idByFile.get("src__content__frozen-issues__25-06-19-followups.md");
        given().get("/api/v1/articles/" + kept).then().statusCode(200)
                .body("title", org.hamcrest.Matchers.equalTo("minor ai followups: MultiAgents, Meta-SSI-Scale, Karpathy, AI Engineer"))
                .body("publishedAt", org.hamcrest.Matchers.equalTo("2025-06-19T05:44:39.731046Z"))
                .body("plainText.length()", org.hamcrest.Matchers.greaterThan(10_000))
                .body("metadata.origins", org.hamcrest.Matchers.hasSize(2));
    }

    private static void assertSameArticle(Map<String, String> ids, Map<String, String> statuses, String first, String second) {
        assertThat(ids.get(second)).as(second).isEqualTo(ids.get(first)).isNotNull();
        assertThat(statuses.get(second)).as(second).isEqualTo("UNCHANGED");
    }
}
