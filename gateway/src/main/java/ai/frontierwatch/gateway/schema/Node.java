package ai.frontierwatch.gateway.schema;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An object that can be fetched again by its global id alone ({@code node}, {@code nodes}). The global id is a field
 * of its own: every type already has an {@code id} that clients pass to the lookups and mutations of its kind, and a
 * change of its meaning would break them.
 */
@Interface("Node")
@Description("An object that can be fetched again by its global id alone, with `node(id:)` or `nodes(ids:)`.")
public interface Node {

    /** The field's description, repeated on each implementation: the engine does not inherit annotations. */
    String GLOBAL_ID = "Opaque id, unique across all types; give it to `node(id:)` to fetch this object again. Not the "
            + "same as `id`, which the lookups and mutations of this type take";

    @Id
    @NonNull
    @Description(GLOBAL_ID)
    String getGlobalId();
}
