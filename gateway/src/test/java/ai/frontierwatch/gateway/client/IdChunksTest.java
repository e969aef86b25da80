package ai.frontierwatch.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdChunksTest {

    @Test
    void aLongIdListGoesOutInCallsThatFitARequestLine() {
        List<String> ids = IntStream.range(0, 200).mapToObj(i -> new UUID(0, i).toString()).toList();
        List<String> calls = new ArrayList<>();

        List<String> answers = IdChunks.each(ids, chunk -> {
            calls.add(chunk);
            return List.of(chunk.split(","));
        });

        assertThat(calls).extracting(c -> c.split(",").length).containsExactly(80, 80, 40);
        // "/api/v1/models?ids=" plus the ids stays under the 4,096-byte request line servers accept
        assertThat(calls).allMatch(c -> c.length() + 40 < 4096);
        assertThat(answers).containsExactlyElementsOf(ids);
    }

    @Test
    void aShortListIsOneCallAndNoIdsIsNoCall() {
        List<String> calls = new ArrayList<>();
        assertThat(IdChunks.each(List.of("a", "b"), chunk -> {
            calls.add(chunk);
            return List.of(chunk);
        })).containsExactly("a,b");
        assertThat(IdChunks.each(List.<String>of(), chunk -> {
            calls.add(chunk);
            return List.of(chunk);
        })).isEmpty();
        assertThat(calls).containsExactly("a,b");
    }

    @Test
    void chunksOfOneListAreInFlightTogetherAndAnswerInOrder() throws Exception {
        List<String> ids = IntStream.range(0, 200).mapToObj(i -> new UUID(0, i).toString()).toList();
        CountDownLatch started = new CountDownLatch(3);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<String> answers = IdChunks.each(ids, chunk -> {
                started.countDown();
                try {
                    // each call waits until all three are running: one at a time, this would time out
                    if (!started.await(10, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the chunks were not in flight together");
                    }
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return List.of(chunk.split(","));
            }, pool);
            assertThat(answers).containsExactlyElementsOf(ids);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedChunkFailsTheCallWithItsOwnException() {
        List<String> ids = IntStream.range(0, 200).mapToObj(i -> new UUID(0, i).toString()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertThatThrownBy(() -> IdChunks.each(ids, chunk -> {
                if (chunk.startsWith(ids.get(160))) {
                    throw new IllegalArgumentException("third chunk refused");
                }
                return List.of(chunk);
            }, pool)).isInstanceOf(IllegalArgumentException.class).hasMessage("third chunk refused");
        } finally {
            pool.shutdownNow();
        }
    }
}
