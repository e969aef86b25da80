package ai.frontierwatch.insights.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Operator commands need the operator token; the rest of the API does not. */
@QuarkusTest
class OperatorAccessTest {

    @Test
    void operatorCommandsWithoutTheTokenOrWithAnotherAreRefusedBeforeTheyRun() {
        given().post("/api/v1/admin/rebuild").then().statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo("Operator commands need the operator token: Authorization: Bearer <token>"));
        given().auth().oauth2("test-operator-token-2").get("/api/v1/admin/state-digest").then().statusCode(401);
        given().header("Authorization", "Basic dGVzdC1vcGVyYXRvci10b2tlbg==").get("/api/v1/admin/rebuild").then().statusCode(401);
        given().urlEncodingEnabled(false).get("//api/v1/admin/rebuild").then().statusCode(401);
        given().auth().oauth2("test-operator-token").get("/api/v1/admin/state-digest").then().statusCode(200);
        given().get("/api/v1/leaderboards?benchmarkIds=x").then().statusCode(200);
    }

    @Test
    void theTokenIsComparedWholeAndWithoutATokenConfiguredNothingIsRequired() {
        OperatorAccess access = new OperatorAccess(Optional.of("s3cret"));
        assertThat(access.allowed("Bearer s3cret")).isTrue();
        assertThat(access.allowed("bearer s3cret ")).isTrue();
        assertThat(access.allowed("Bearer s3cre")).isFalse();
        assertThat(access.allowed("Bearer s3cretX")).isFalse();
        assertThat(access.allowed("s3cret")).isFalse();
        assertThat(access.allowed(null)).isFalse();
        assertThat(new OperatorAccess(Optional.of(" ")).allowed(null)).isTrue();
        assertThat(new OperatorAccess(Optional.empty()).allowed(null)).isTrue();
    }
}
