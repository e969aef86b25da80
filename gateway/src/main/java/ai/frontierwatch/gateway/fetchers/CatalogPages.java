package ai.frontierwatch.gateway.fetchers;

import ai.frontierwatch.gateway.client.CatalogDtos.PageDto;
import ai.frontierwatch.gateway.client.ModelsClient;

/** Pages of models-service's slug-ordered listings, which page both ways and count their items. */
final class CatalogPages {

    private CatalogPages() {
    }

    static ModelsClient.Window window(PageRequest request) {
        return new ModelsClient.Window(request.downstreamAfter(), request.downstreamBefore(), request.fromEnd(),
                request.downstreamLimit());
    }

    /** The listing's total; null from a models-service that does not count yet (while it is being upgraded). */
    static Integer total(PageDto<?> page) {
        return page.total() == null ? null : Math.toIntExact(page.total());
    }
}
