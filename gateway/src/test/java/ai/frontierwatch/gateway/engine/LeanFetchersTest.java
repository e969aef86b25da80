package ai.frontierwatch.gateway.engine;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The schema the engine serves reads plain properties and argument-free relations through the lean fetchers. */
@QuarkusTest
class LeanFetchersTest {

    @Inject
    GraphQLSchema schema;

    @Test
    void plainPropertiesAreReadDirectly() {
        assertThat(fetcher("LeaderboardEntry", "rank")).isInstanceOf(PropertyFetcher.class);
        assertThat(fetcher("LeaderboardEntry", "value")).isInstanceOf(PropertyFetcher.class);
        assertThat(fetcher("Model", "name")).isInstanceOf(PropertyFetcher.class);
    }

    @Test
    void convertedScalarsKeepTheEnginesFetcher() {
        // a LocalDate is written through the engine's Date conversion
        assertThat(fetcher("StateOfTheArtChange", "date")).isInstanceOf(FieldDataFetcher.class);
    }

    @Test
    void relationsWithoutArgumentsUseTheLeanPerParentFetcher() {
        assertThat(fetcher("LeaderboardEntry", "model")).isInstanceOf(SourceFieldFetcher.class);
        assertThat(fetcher("Model", "vendor")).isInstanceOf(SourceFieldFetcher.class);
        // arguments are converted by the engine's fetcher, so relations with arguments keep it, behind their check
        assertThat(fetcher("Benchmark", "leaderboard")).isInstanceOfSatisfying(ArgumentCheck.Checked.class,
                checked -> assertThat(checked.resolver()).isInstanceOf(BatchDataFetcher.class));
    }

    private DataFetcher<?> fetcher(String type, String field) {
        GraphQLObjectType object = schema.getObjectType(type);
        assertThat(object).as(type).isNotNull();
        return schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(type, field),
                object.getFieldDefinition(field));
    }
}
