package ai.frontierwatch.gateway.fetchers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EntityCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final List<List<String>> loads = new ArrayList<>();

    private Map<String, String> load(Collection<String> ids) {
        loads.add(List.copyOf(ids));
        // "missing" does not exist downstream
        return ids.stream().filter(id -> !id.equals("missing")).collect(Collectors.toMap(id -> id, id -> "v" + id));
    }

    private EntityCache<String> cache(Duration ttl, int max) {
        return new EntityCache<>(ttl, max, now::get);
    }

    @Test
    void keptEntitiesAreNotLoadedAgainAndOnlyTheMissingOnesAre() {
        EntityCache<String> cache = cache(Duration.ofSeconds(30), 100);
        assertThat(cache.getAll(List.of("a", "b"), this::load)).containsExactlyInAnyOrderEntriesOf(Map.of("a", "va", "b", "vb"));
        assertThat(cache.getAll(List.of("a", "b", "c", "missing"), this::load))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a", "va", "b", "vb", "c", "vc"));
        assertThat(loads).containsExactly(List.of("a", "b"), List.of("c", "missing"));
        // what does not exist is asked again: it may have been created since
        cache.getAll(List.of("missing"), this::load);
        assertThat(loads).hasSize(3).last().isEqualTo(List.of("missing"));
    }

    @Test
    void anEntityIsLoadedAgainAfterItsTimeOrItsChange() {
        EntityCache<String> cache = cache(Duration.ofSeconds(30), 100);
        cache.getAll(List.of("a", "b"), this::load);
        now.addAndGet(Duration.ofSeconds(29).toNanos());
        cache.getAll(List.of("a", "b"), this::load);
        assertThat(loads).hasSize(1);

        cache.evict("a");
        cache.getAll(List.of("a", "b"), this::load);
        assertThat(loads).hasSize(2).last().isEqualTo(List.of("a"));

        now.addAndGet(Duration.ofSeconds(2).toNanos());
        cache.getAll(List.of("a", "b"), this::load);
        assertThat(loads).hasSize(3).last().isEqualTo(List.of("b"));
    }

    @Test
    void anAnswerReadWhileAChangeWasAnnouncedIsNotKept() {
        EntityCache<String> cache = cache(Duration.ofSeconds(30), 100);
        cache.getAll(List.of("a"), ids -> {
            cache.evict("a"); // the change arrives while the old value is on its way
            return load(ids);
        });
        cache.getAll(List.of("a"), this::load);
        assertThat(loads).containsExactly(List.of("a"), List.of("a"));
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aZeroTimeKeepsNothingAndAFullCacheKeepsItsBound() {
        EntityCache<String> off = cache(Duration.ZERO, 100);
        off.getAll(List.of("a"), this::load);
        off.getAll(List.of("a"), this::load);
        assertThat(loads).hasSize(2);
        assertThat(off.size()).isZero();

        EntityCache<String> small = cache(Duration.ofSeconds(30), 3);
        small.getAll(List.of("a", "b"), this::load);
        assertThat(small.getAll(List.of("c", "d"), this::load))
                .containsExactlyInAnyOrderEntriesOf(Map.of("c", "vc", "d", "vd"));
        assertThat(small.size()).isEqualTo(3);
        // only what the size bound evicted is loaded again
        assertThat(small.getAll(List.of("a", "b", "c", "d"), this::load)).hasSize(4);
        assertThat(loads).hasSize(5);
        assertThat(loads.get(4)).hasSize(1);
    }

    @Test
    void aValueTheCacheDoesNotKeepIsAnsweredAndLoadedAgainNextTime() {
        EntityCache<String> cache = new EntityCache<>(Duration.ofSeconds(30), 100, now::get, v -> v.length() <= 2);
        assertThat(cache.getAll(List.of("a", "long"), this::load))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a", "va", "long", "vlong"));
        assertThat(cache.getAll(List.of("a", "long"), this::load))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a", "va", "long", "vlong"));
        assertThat(loads).containsExactly(List.of("a", "long"), List.of("long"));
        assertThat(cache.size()).isEqualTo(1);
    }
}
