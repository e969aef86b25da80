package ai.frontierwatch.articles.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    private static final String TSQ = "to_tsquery('english', ?)";
    private static final String ALL_OF = "article_search_all_of(?)";

    @Test
    void chineseRunsBecomeFoldedBigramsAndEnglishWordsStayForStemming() {
        assertQuery(SearchQuery.of("通義千問 Models"), TSQ, "(('通义' & '义千' & '千问') & 'models')");
        assertQuery(SearchQuery.of("千"), TSQ, "('千':*)");
    }

    @Test
    void hyphenatedAndDottedNamesAreTheAndOfTheirLexemesNotAPhrase() {
        assertQuery(SearchQuery.of("ＧＰＴ-5.2"), ALL_OF, "gpt-5.2");
        SearchQuery q = SearchQuery.of("Qwen3-Max 基準 -DeepSeek-V3.2");
        assertQuery(q, "(" + TSQ + " && " + ALL_OF + " && !!" + ALL_OF + ")", "('基准')", "qwen3-max", "deepseek-v3.2");
        assertThat(q.highlight()).containsExactly("qwen3-max", "基准");
        // inside quotes a name stays part of the phrase
        assertQuery(SearchQuery.of("\"GLM-4.6 release\""), TSQ, "(('glm-4.6' <-> 'release'))");
        // a word with a Chinese part: the Chinese part in to_tsquery, the name through its lexemes
        assertQuery(SearchQuery.of("glm-4.6发布"), "(" + TSQ + " && " + ALL_OF + ")", "('发布')", "glm-4.6");
    }

    @Test
    void webSearchSyntaxIsUnderstood() {
        assertQuery(SearchQuery.of("model OR robots -price"), "(" + TSQ + " || " + TSQ + ")", "('model')",
                "('robots' & !'price')");
        assertQuery(SearchQuery.of("\"price cut\" 千问"), TSQ, "(('price' <-> 'cut') & '千问')");
        assertThat(SearchQuery.of("-only").isEmpty()).isTrue();
        assertThat(SearchQuery.of("-gpt-5.2").isEmpty()).isTrue();
    }

    @Test
    void aPhraseIsKnownAndItsWordsAloneAreWhatTheIndexAnswers() {
        SearchQuery q = SearchQuery.of("\"context window\" \"通義千問\" model");
        assertThat(q.hasPhrase()).isTrue();
        assertQuery(q, TSQ, "(('context' <-> 'window') & (('通义' <-> '义千' <-> '千问')) & 'model')");
        assertQuery(q.words(), TSQ, "(('context' & 'window') & (('通义' & '义千' & '千问')) & 'model')");
        assertThat(SearchQuery.of("context window 通義千問 Qwen3-Max").hasPhrase()).isFalse();
        assertThat(SearchQuery.of("\"千问\"").hasPhrase()).isFalse(); // one bigram: no positions to check
    }

    @Test
    void hostileInputIsQuotedAway() {
        assertQuery(SearchQuery.of("a' | !b:* (c) \\ & d"), TSQ, "('a' & 'b' & 'c' & 'd')");
        assertThat(SearchQuery.of("!!! ::: ()").isEmpty()).isTrue();
        assertQuery(SearchQuery.of("it's-a\\b"), "(" + TSQ + " && " + ALL_OF + ")", "(('it' & 'b'))", "s-a");
    }

    private static void assertQuery(SearchQuery q, String sql, String... params) {
        assertThat(q.sql()).isEqualTo(sql);
        assertThat(q.params()).isEqualTo(List.of(params));
    }
}
