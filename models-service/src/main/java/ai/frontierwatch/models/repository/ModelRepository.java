package ai.frontierwatch.models.repository;

import ai.frontierwatch.models.domain.Model;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ModelRepository extends CatalogRepository<Model> {

    @Override
    protected Class<Model> entityClass() {
        return Model.class;
    }
}
