package ai.frontierwatch.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("What a model takes in and produces.")
public enum Modality {
    @Description("Text in, text out") TEXT,
    @Description("Several kinds of input (text with images, audio or video)") MULTIMODAL,
    @Description("Makes or edits images") IMAGE,
    @Description("Makes video") VIDEO,
    @Description("Speech and sound, in or out") AUDIO,
    @Description("Controls robots or agents in a physical or simulated world") EMBODIED,
    @Description("Anything else") OTHER;

    static Modality of(String value) {
        return Enums.of(Modality.class, value, OTHER);
    }
}
