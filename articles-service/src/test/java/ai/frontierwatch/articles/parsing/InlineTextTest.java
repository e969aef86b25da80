package ai.frontierwatch.articles.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InlineTextTest {

    @Test
    void indentingEveryLineMovesEachLinkWithItsText() {
        Link a = new Link("GLM", "https://a.example");
        Link b = new Link("Kimi", "https://b.example");
        InlineText text = new InlineText("see GLM\nand Kimi", List.of(new InlineText.Anchor(4, 7, a),
                new InlineText.Anchor(12, 16, b)));
        InlineText indented = text.indented("  ");
        assertThat(indented.text()).isEqualTo("  see GLM\n  and Kimi");
        assertThat(indented.anchors()).extracting(x -> indented.text().substring(x.start(), x.end()))
                .containsExactly("GLM", "Kimi");
    }
}
