package ai.frontierwatch.insights.domain;

import java.util.List;

/** The models most often named in the same articles as {@code modelId}. */
public record CoMentions(String modelId, List<Partner> with) {

    public record Partner(String modelId, long articles) {
    }
}
