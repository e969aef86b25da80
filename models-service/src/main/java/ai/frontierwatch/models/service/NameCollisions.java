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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Refuses a model write that would make one name designate two models: a slug, name or alias that folds
 * ({@link NameKeys}) to the slug, name or alias of another model. Family names are shared by design and do not
 * count. Only names the model does not have yet are checked, so an overlap already on record (from an import)
 * never blocks an unrelated edit. Called before anything is changed, so a refused write changes nothing.
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
        Map<String, String> surfaceByKey = new LinkedHashMap<>();
        for (String surface : surfaces) {
            String key = NameKeys.key(surface);
            if (surface != null && !key.isEmpty()) {
                surfaceByKey.putIfAbsent(key, surface.strip());
            }
        }
        if (surfaceByKey.isEmpty()) {
            return;
        }
        List<NameEntry> direct = names.findByKeys(surfaceByKey.keySet(), EntityKind.MODEL).stream()
                .filter(e -> e.origin() != Origin.FAMILY).toList();
        Set<String> own = direct.stream().filter(e -> e.entityId().equals(model)).map(NameEntry::key)
                .collect(java.util.stream.Collectors.toSet());
        for (Map.Entry<String, String> wanted : surfaceByKey.entrySet()) {
            if (own.contains(wanted.getKey())) {
                continue;
            }
            direct.stream().filter(e -> e.key().equals(wanted.getKey()) && !e.entityId().equals(model))
                    .map(NameEntry::entityId).filter(Objects::nonNull).sorted().findFirst()
                    .ifPresent(other -> {
                        throw taken(wanted.getValue(), other);
                    });
        }
    }

    private ProblemException taken(String surface, UUID other) {
        EntityLabel label = names.labels(Map.of(EntityKind.MODEL, List.of(other))).get(other);
        String owner = label == null ? other.toString() : "'" + label.name() + "' (" + label.slug() + ")";
        return ProblemException.conflict("The name '" + surface + "' is already a name of the model " + owner
                + "; a name can designate one model only");
    }
}
