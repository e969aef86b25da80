package ai.frontierwatch.insights.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An answer is used only at the revisions it was computed at, and the cache keeps within its byte bound. */
class BoardCacheTest {

    private static final BoardCache.Key BOARD = new BoardCache.Key(BoardCache.Kind.BOARD, "b1", null, null);

    @Test
    void anAnswerIsUsedOnlyAtTheRevisionsItWasComputedAt() {
        BoardCache cache = new BoardCache(1 << 20);
        byte[] json = bytes("{\"benchmarkId\":\"b1\"}");
        cache.put(BOARD, new BoardCache.Stamp("7", 3), json);

        assertThat(cache.get(BOARD, new BoardCache.Stamp("7", 3))).isSameAs(json);
        assertThat(cache.get(BOARD, new BoardCache.Stamp("7", 4))).as("board revision moved").isNull();
        assertThat(cache.get(BOARD, new BoardCache.Stamp("8", 3))).as("catalogue revision moved").isNull();
        // Other conditions, another date, the history and another benchmark are other answers.
        assertThat(cache.get(new BoardCache.Key(BoardCache.Kind.BOARD, "b1", "", null), new BoardCache.Stamp("7", 3)))
                .isNull();
        assertThat(cache.get(new BoardCache.Key(BoardCache.Kind.BOARD, "b1", null, LocalDate.of(2025, 1, 1)),
                new BoardCache.Stamp("7", 3))).isNull();
        assertThat(cache.get(new BoardCache.Key(BoardCache.Kind.HISTORY, "b1", null, null), new BoardCache.Stamp("7", 3)))
                .isNull();
        assertThat(cache.get(new BoardCache.Key(BoardCache.Kind.BOARD, "b2", null, null), new BoardCache.Stamp("7", 3)))
                .isNull();
    }

    @Test
    void aNewerAnswerReplacesTheOlderOne() {
        BoardCache cache = new BoardCache(1 << 20);
        cache.put(BOARD, new BoardCache.Stamp("7", 3), bytes("[1]"));
        cache.put(BOARD, new BoardCache.Stamp("7", 5), bytes("[2]"));

        assertThat(cache.get(BOARD, new BoardCache.Stamp("7", 3))).isNull();
        assertThat(new String(cache.get(BOARD, new BoardCache.Stamp("7", 5)), StandardCharsets.UTF_8)).isEqualTo("[2]");
        assertThat(cache.weight()).isEqualTo(3 + BoardCache.ENTRY_OVERHEAD);
    }

    @Test
    void theBytesHeldStayWithinTheBound() {
        int answer = 10_000;
        long bound = 5L * (answer + BoardCache.ENTRY_OVERHEAD);
        BoardCache cache = new BoardCache(bound);
        BoardCache.Stamp stamp = new BoardCache.Stamp("1", 1);
        for (int i = 0; i < 50; i++) {
            cache.put(new BoardCache.Key(BoardCache.Kind.BOARD, "b" + i, null, null), stamp, new byte[answer]);
            assertThat(cache.weight()).isLessThanOrEqualTo(bound);
        }
        long kept = 0;
        for (int i = 0; i < 50; i++) {
            if (cache.get(new BoardCache.Key(BoardCache.Kind.BOARD, "b" + i, null, null), stamp) != null) {
                kept++;
            }
        }
        assertThat(kept).isBetween(1L, 5L);
    }

    @Test
    void aBoundOfZeroKeepsNothing() {
        BoardCache cache = new BoardCache(0);
        cache.put(BOARD, new BoardCache.Stamp("7", 3), bytes("{}"));
        assertThat(cache.get(BOARD, new BoardCache.Stamp("7", 3))).isNull();
        assertThat(cache.weight()).isZero();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
