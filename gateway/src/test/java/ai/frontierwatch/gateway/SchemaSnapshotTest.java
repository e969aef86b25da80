package ai.frontierwatch.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The served schema must equal the committed gateway/schema.graphql, so every change to the API is a
 * deliberate one that shows in review. After an intended change, refresh the file with
 * {@code ./mvnw -pl gateway verify -Dfw.schema.update=true} and commit it.
 */
@QuarkusTest
class SchemaSnapshotTest {

    private static final Path COMMITTED = Path.of("schema.graphql");

    @Test
    void servedSchemaEqualsTheCommittedOne() throws Exception {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("fw.schema.update")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertThat(COMMITTED).as("gateway/schema.graphql is committed").exists();
        assertThat(served)
                .as("the served schema differs from gateway/schema.graphql; if the change is intended, run "
                        + "./mvnw -pl gateway verify -Dfw.schema.update=true and commit the file")
                .isEqualTo(Files.readString(COMMITTED, StandardCharsets.UTF_8));
    }
}
