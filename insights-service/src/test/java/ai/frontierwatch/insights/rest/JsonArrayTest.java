package ai.frontierwatch.insights.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Serialized boards are sent as one JSON array, in order. */
class JsonArrayTest {

    @Test
    void joinsElementsInOrder() {
        assertThat(text(LeaderboardResource.array(List.of()))).isEqualTo("[]");
        assertThat(text(LeaderboardResource.array(List.of(bytes("{\"a\":1}"))))).isEqualTo("[{\"a\":1}]");
        assertThat(text(LeaderboardResource.array(List.of(bytes("{\"a\":1}"), bytes("{}"), bytes("{\"名\":\"値\"}")))))
                .isEqualTo("[{\"a\":1},{},{\"名\":\"値\"}]");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
