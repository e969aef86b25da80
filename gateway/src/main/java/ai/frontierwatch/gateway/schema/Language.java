package ai.frontierwatch.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("Language of an article: Simplified Chinese, Traditional Chinese, English, or a mix.")
public enum Language {
    @Description("Simplified Chinese (zh-Hans)") ZH_HANS("zh-Hans"),
    @Description("Traditional Chinese (zh-Hant)") ZH_HANT("zh-Hant"),
    @Description("English (en)") EN("en"),
    @Description("Chinese and English in similar measure, or neither") MIXED("mixed");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag the services use. */
    public String tag() {
        return tag;
    }

    static Language of(String tag) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag)) {
                return language;
            }
        }
        return tag == null ? null : MIXED;
    }
}
