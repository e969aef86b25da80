package ai.frontierwatch.gateway.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import ai.frontierwatch.gateway.contract.SchemaCompatibility.Report;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The served schema keeps every promise of the committed gateway/schema.graphql (rules in
 * {@link SchemaCompatibility} and docs/GUIDE.md), and any other change shows in review: the test fails until the
 * committed file is updated with it. The served schema is written to {@value #SERVED} to be copied from.
 */
@QuarkusTest
class SchemaContractTest {

    static final String SERVED = "target/served-schema.graphql";
    private static final String UPDATE = "if the change is intended, commit the served schema with it: "
            + "cp gateway/" + SERVED + " gateway/schema.graphql";

    @Test
    void theServedSchemaKeepsTheCommittedContract() throws Exception {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Files.writeString(Path.of(SERVED), served, StandardCharsets.UTF_8);
        assertThat(CommittedSchemaTest.COMMITTED).as("gateway/schema.graphql is committed").exists();
        String committed = Files.readString(CommittedSchemaTest.COMMITTED, StandardCharsets.UTF_8);

        Report report = SchemaCompatibility.compare(committed, served, LocalDate.now(ZoneOffset.UTC));

        if (!report.refused().isEmpty()) {
            fail("The served schema breaks the contract of gateway/schema.graphql. Keep the old elements (deprecate "
                    + "them with a reason saying \"removal after YYYY-MM-DD\", " + SchemaCompatibility.DEPRECATION_DAYS
                    + " days ahead at least), see gateway/docs/GUIDE.md, \"Schema changes\". The served schema is in gateway/"
                    + SERVED + ".\n" + report.describe());
        }
        if (!served.equals(committed)) {
            fail("The served schema differs from gateway/schema.graphql without breaking it; " + UPDATE + "\n"
                    + (report.changes().isEmpty() ? "(only the order or layout differs)\n" : report.describe()));
        }
    }
}
