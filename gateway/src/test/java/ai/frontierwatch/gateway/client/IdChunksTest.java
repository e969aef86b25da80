package ai.frontierwatch.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
}
