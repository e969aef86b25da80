package ai.frontierwatch.models.service;

import ai.frontierwatch.commons.problem.ProblemException;
import ai.frontierwatch.models.domain.EntityKind;
import ai.frontierwatch.models.domain.NameEntry;
import ai.frontierwatch.models.domain.NameEntry.Origin;
import ai.frontierwatch.models.domain.NameKeys;
import ai.frontierwatch.models.repository.EntityLabel;
import ai.frontierwatch.models.repository.NameIndexRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Refuses a model write that would make one name designate two models: a slug, name or alias that folds
 * ({@link NameKeys#key}) to the slug, name or alias of another model, or that has the identity key
 * ({@link NameKeys#modelKey}) of one ("Claude 4.5 Sonnet" beside "Claude Sonnet 4.5"). Family names are shared by
 * design and do not count. Only names the model does not have yet are checked, so an overlap already on record (from
 * an import) never blocks an unrelated edit. Called before anything is changed, so a refused write changes nothing.
 */
@ApplicationScoped
public class NameCollisions {

    private final NameIndexRepository names;

    public NameCollisions(NameIndexRepository names) {
        this.names = names;
    }

    /**
     * Throws a 409 problem naming the other model when one of {@code surfaces} is already another model's.
     *
     * @param model the model being written; null for a new one
     */
    public void requireFree(UUID model, Collection<String> surfaces) {
        Map<String, String> byKey = byKey(surfaces, NameKeys::key);
        if (!byKey.isEmpty()) {
            requireFree(model, byKey, names.findByKeys(byKey.keySet(), EntityKind.MODEL), NameEntry::key, false);
        }
        Map<String, String> byModelKey = byKey(surfaces, NameKeys::modelKey);
        if (!byModelKey.isEmpty()) {
            Set<String> words = byModelKey.keySet().stream().map(NameKeys::modelKeyWords).collect(Collectors.toSet());
            requireFree(model, byModelKey, names.findByModelKeyWords(words), NameEntry::modelKey, true);
        }
    }

    /** The first surface form under each of its keys, without forms that have none. */
    private static Map<String, String> byKey(Collection<String> surfaces, Function<String, String> keyOf) {
        Map<String, String> surfaceByKey = new LinkedHashMap<>();
        for (String surface : surfaces) {
            String key = surface == null ? null : keyOf.apply(surface);
            if (key != null && !key.isEmpty()) {
                surfaceByKey.putIfAbsent(key, surface.strip());
            }
        }
        return surfaceByKey;
    }

    private void requireFree(UUID model, Map<String, String> surfaceByKey, List<NameEntry> entries,
            Function<NameEntry, String> keyOf, boolean showSpelling) {
        List<NameEntry> direct = entries.stream().filter(e -> e.origin() != Origin.FAMILY && keyOf.apply(e) != null)
                .toList();
        Set<String> own = direct.stream().filter(e -> e.entityId().equals(model)).map(keyOf).collect(Collectors.toSet());
        for (Map.Entry<String, String> wanted : surfaceByKey.entrySet()) {
            if (own.contains(wanted.getKey())) {
                continue;
            }
            direct.stream().filter(e -> keyOf.apply(e).equals(wanted.getKey()) && !e.entityId().equals(model))
                    .min(Comparator.comparing(NameEntry::entityId)
                            .thenComparing(e -> e.origin() == Origin.SLUG) // shown: a name or alias rather than a slug
                            .thenComparing(NameEntry::origin).thenComparing(NameEntry::surface))
                    .ifPresent(other -> {
                        throw taken(wanted.getValue(), other, showSpelling);
                    });
        }
    }

    private ProblemException taken(String surface, NameEntry other, boolean showSpelling) {
        EntityLabel label = names.labels(Map.of(EntityKind.MODEL, List.of(other.entityId()))).get(other.entityId());
        String owner = label == null ? other.entityId().toString() : "'" + label.name() + "' (" + label.slug() + ")";
        String spelling = showSpelling ? ", written '" + other.surface() + "'" : "";
        return ProblemException.conflict("The name '" + surface + "' is already a name of the model " + owner
                + spelling + "; a name can designate one model only");
    }
}
