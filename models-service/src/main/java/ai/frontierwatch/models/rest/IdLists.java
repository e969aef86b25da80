package ai.frontierwatch.models.rest;

import java.util.Arrays;
import java.util.List;

/** Parses list query parameters ("a,b,c", the gateway's batch form). */
final class IdLists {

    private IdLists() {
    }

    static List<String> parse(String csv) {
        if (csv == null || csv.isBlank()) {
            return null;
        }
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
