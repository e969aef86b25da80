package ai.frontierwatch.insights.matching;

import java.util.Set;

/**
 * A surface form found in a text: [start, end) in the input, and every entity it names. Two entities of
 * the same kind behind one surface form make it ambiguous: no single entity is credited.
 */
public record NameHit(Set<NameRef> refs, int start, int end, String surface) {

    public boolean ambiguous() {
        return refs.stream().map(NameRef::kind).distinct().count() < refs.size();
    }
}
