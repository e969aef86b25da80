package ai.frontierwatch.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One canonical example of every event, shipped with the contract. Producers test that what they
 * publish has the same shape; consumers test that they handle exactly these.
 */
public final class ContractSamples {

    private ContractSamples() {
    }

    public static String json(EventType type) {
        String path = "/contracts/samples/" + type.name() + ".json";
        try (InputStream in = ContractSamples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no contract sample for " + type + " at " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static EventEnvelope envelope(EventType type) {
        return EventCodec.fromJson(json(type));
    }
}
