package ai.frontierwatch.gateway.fetchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.frontierwatch.gateway.client.CatalogDtos.PageDto;
import ai.frontierwatch.gateway.error.BadUserInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void everyEdgeCursorResumesRightAfterItsItem() throws Exception {
        PageRequest first = PageRequest.of(2, null);
        // Downstream was asked for 2 items from the start and has more.
        PageRequest.Page<String> page = first.page(List.of("a", "b"), "down-b");
        assertThat(page.edges()).extracting(PageRequest.Edge::node).containsExactly("a", "b");
        assertThat(page.hasNextPage()).isTrue();

        PageRequest afterA = PageRequest.of(2, page.edges().get(0).cursor());
        assertThat(afterA.downstreamAfter()).isNull();
        assertThat(afterA.skip()).isEqualTo(1);
        assertThat(afterA.downstreamLimit()).isEqualTo(3);
        PageRequest.Page<String> resumed = afterA.page(List.of("a", "b", "c"), "down-c");
        assertThat(resumed.edges()).extracting(PageRequest.Edge::node).containsExactly("b", "c");

        PageRequest afterB = PageRequest.of(2, page.endCursor());
        assertThat(afterB.downstreamAfter()).isEqualTo("down-b");
        assertThat(afterB.skip()).isZero();
    }

    @Test
    void theLastPageSaysSo() throws Exception {
        PageRequest.Page<String> page = PageRequest.of(5, null).page(List.of("a", "b"), null);
        assertThat(page.hasNextPage()).isFalse();
        assertThat(page.edges()).hasSize(2);
    }

    @Test
    void aServiceWithCursorsPerItemPagesBothWays() throws Exception {
        PageRequest last = PageRequest.of(null, null, 2, null);
        assertThat(last.fromEnd()).isTrue();
        assertThat(last.downstreamLimit()).isEqualTo(2);
        PageRequest.Page<String> end = last.page(new PageDto<>(List.of("y", "z"), null, "cy", List.of("cy", "cz"), 26L));
        assertThat(end.edges()).extracting(PageRequest.Edge::node).containsExactly("y", "z");
        assertThat(end.hasPreviousPage()).isTrue();
        assertThat(end.hasNextPage()).isFalse();
        assertThat(end.pageInfo().startCursor()).isEqualTo(end.edges().get(0).cursor());

        PageRequest before = PageRequest.of(null, null, 3, end.startCursor());
        assertThat(before.downstreamBefore()).isEqualTo("cy");
        assertThat(before.fromEnd()).isFalse();
        PageRequest after = PageRequest.of(3, end.startCursor(), null, null);
        assertThat(after.downstreamAfter()).isEqualTo("cy");
        assertThat(after.skip()).isZero();
    }

    @Test
    void aOneWayCursorCannotPageBackward() throws Exception {
        PageRequest.Page<String> page = PageRequest.of(2, null).page(List.of("a", "b"), "down-b");
        assertThat(page.hasPreviousPage()).isFalse();
        assertThatThrownBy(() -> PageRequest.of(null, null, 2, page.startCursor()))
                .isInstanceOf(BadUserInputException.class)
                .hasMessage("before: is not a cursor of a list that pages backward");
        assertThat(PageRequest.of(2, page.startCursor()).page(List.of("a", "b", "c"), null).hasPreviousPage()).isTrue();
    }

    @Test
    void pageSizeIsBounded() {
        assertThatThrownBy(() -> PageRequest.of(0, null)).isInstanceOf(BadUserInputException.class);
        assertThatThrownBy(() -> PageRequest.of(101, null)).isInstanceOf(BadUserInputException.class)
                .hasMessage("first: must be between 1 and 100");
        assertThatThrownBy(() -> PageRequest.of(null, null, 0, null)).isInstanceOf(BadUserInputException.class)
                .hasMessage("last: must be between 1 and 100");
        assertThatThrownBy(() -> PageRequest.of(null, "x", 2, null)).isInstanceOf(BadUserInputException.class)
                .hasMessage("after: pages forward; give first and after, or last and before");
    }
}
