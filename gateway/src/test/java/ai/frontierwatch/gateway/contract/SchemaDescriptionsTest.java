package ai.frontierwatch.gateway.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedSchemaElement;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.ScalarInfo;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every type, field, argument, input field and enum value of the served schema is described, so that the schema
 * documents itself in every tool (GraphQL UI, generated client code).
 */
@QuarkusTest
class SchemaDescriptionsTest {

    @Test
    void everyElementOfTheServedSchemaIsDescribed() {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();

        assertThat(undescribed(SchemaCompatibility.parse(served)))
                .as("elements without a description; add @Description to the Java API class, record, enum or argument")
                .isEmpty();
    }

    static List<String> undescribed(GraphQLSchema schema) {
        List<String> missing = new ArrayList<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type.getName().startsWith("__") || ScalarInfo.isGraphqlSpecifiedScalar(type.getName())) {
                continue;
            }
            check(type.getName(), type, missing);
            if (type instanceof GraphQLFieldsContainer fields) {
                for (GraphQLFieldDefinition field : fields.getFieldDefinitions()) {
                    String at = type.getName() + "." + field.getName();
                    check(at, field, missing);
                    for (GraphQLArgument argument : field.getArguments()) {
                        check(at + "(" + argument.getName() + ":)", argument, missing);
                    }
                }
            } else if (type instanceof GraphQLInputObjectType input) {
                for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                    check(type.getName() + "." + field.getName(), field, missing);
                }
            } else if (type instanceof GraphQLEnumType values) {
                for (GraphQLEnumValueDefinition value : values.getValues()) {
                    check(type.getName() + "." + value.getName(), value, missing);
                }
            }
        }
        return missing;
    }

    private static void check(String at, GraphQLNamedSchemaElement element, List<String> missing) {
        // "Scalar for Date" is the engine's placeholder, which says nothing of the format
        if (element.getDescription() == null || element.getDescription().isBlank()
                || element.getDescription().startsWith("Scalar for ")) {
            missing.add(at);
        }
    }
}
