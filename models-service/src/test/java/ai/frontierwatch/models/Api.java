package ai.frontierwatch.models;

import static io.restassured.RestAssured.given;

/** Test shorthand for creating catalogue entries through the REST API. */
public final class Api {

    private Api() {
    }

    /** POSTs a JSON body, expects 201 and returns the new entity's id. */
    public static String create(String path, String body) {
        return given().contentType("application/json").body(body).post(path).then().statusCode(201)
                .extract().path("id");
    }
}
