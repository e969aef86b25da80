package ai.frontierwatch.articles.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void chineseRunsBecomeFoldedBigramsAndEnglishWordsStayForStemming() {
        assertThat(SearchQuery.of("通義千問 Models").tsquery()).isEqualTo("(('通义' & '义千' & '千问') & 'models')");
        assertThat(SearchQuery.of("千").tsquery()).isEqualTo("('千':*)");
        assertThat(SearchQuery.of("ＧＰＴ-5.2").tsquery()).isEqualTo("('gpt-5.2')");
    }

    @Test
    void webSearchSyntaxIsUnderstood() {
        assertThat(SearchQuery.of("model OR robots -price").tsquery()).isEqualTo("('model') | ('robots' & !'price')");
        assertThat(SearchQuery.of("\"price cut\" 千问").tsquery()).isEqualTo("(('price' <-> 'cut') & '千问')");
        assertThat(SearchQuery.of("-only").isEmpty()).isTrue();
    }

    @Test
    void hostileInputIsQuotedAway() {
        assertThat(SearchQuery.of("a' | !b:* (c) \\ & d").tsquery()).isEqualTo("('a' & 'b' & 'c' & 'd')");
        assertThat(SearchQuery.of("!!! ::: ()").isEmpty()).isTrue();
    }
}
