package ai.frontierwatch.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether a model is in the catalogue, or only a name that articles use.")
public enum ModelStatus {
    @Description("In the catalogue, with a UUID id; it may have a vendor, results and ranks") CONFIRMED,
    @Description("A model name articles use that the catalogue does not know yet (id `discovered:…`); editors confirm, "
            + "merge or dismiss it") DISCOVERED,
    @Description("A family name articles use (\"Gemini 3\") that designates no single catalogue model (id `family:…`)")
    FAMILY;

    private static final String DISCOVERED_PREFIX = "discovered:";
    private static final String FAMILY_PREFIX = "family:";

    /** The status a model id stands for: catalogue ids are UUIDs, names known only from articles carry a prefix. */
    public static ModelStatus ofId(String id) {
        if (id == null) {
            return CONFIRMED;
        }
        if (id.startsWith(DISCOVERED_PREFIX)) {
            return DISCOVERED;
        }
        return id.startsWith(FAMILY_PREFIX) ? FAMILY : CONFIRMED;
    }

    /** The id when it names a catalogue model, else null: what catalogue relations are asked for. */
    public static String catalogueId(String id) {
        return ofId(id) == CONFIRMED ? id : null;
    }

    /** The id when it names a discovered model or family, else null. */
    public static String discoveredId(String id) {
        return ofId(id) == CONFIRMED ? null : id;
    }
}
