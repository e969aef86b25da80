package ai.frontierwatch.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("What a model takes in and produces.")
public enum Modality {
    TEXT, MULTIMODAL, IMAGE, VIDEO, AUDIO, EMBODIED, OTHER;

    static Modality of(String value) {
        return Enums.of(Modality.class, value, OTHER);
    }
}
