package ai.frontierwatch.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed gateway/schema.graphql is a complete schema on its own: code generators, linters and schema
 * registries load it as it is, with no knowledge of the server (every custom scalar and directive declared).
 */
class CommittedSchemaTest {

    static final Path COMMITTED = Path.of("schema.graphql");

    @Test
    void theCommittedFileAloneParsesAndBuilds() throws Exception {
        TypeDefinitionRegistry registry = new SchemaParser().parse(Files.readString(COMMITTED));
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);

        assertThat(schema.getQueryType().getName()).isEqualTo("Query");
        assertThat(schema.getMutationType().getName()).isEqualTo("Mutation");
        assertThat(schema.getSubscriptionType().getName()).isEqualTo("Subscription");
        assertThat(registry.scalars()).containsKeys("Date", "DateTime", "BigDecimal", "BigInteger");
        assertThat(schema.getDirective("rolesAllowed")).isNotNull();
        assertThat(schema.getDirective("constraint")).isNotNull();
    }
}
