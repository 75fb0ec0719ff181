package io.toneline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

/** {@code /q/metrics} shows the inference metrics after one analysis, with bounded labels only. */
@QuarkusTest
class MetricsTest {

    @Test
    void inferenceMetricsAfterOneAnalysis() {
        given().contentType("text/plain").body("Washington imposed sanctions on Moscow over the border dispute.")
                .when().post("/v1/analyses").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("toneline_inference_duration_seconds_count{stage=\"forward\"}"))
                .body(containsString("toneline_inference_duration_seconds_count{stage=\"tokenize\"}"))
                .body(containsString("toneline_inference_duration_seconds_count{stage=\"queue\"}"))
                .body(containsString("toneline_batch_size_count"))
                .body(containsString("toneline_batch_tokens_sum"))
                .body(containsString("toneline_tokens_total"))
                .body(containsString("toneline_queue_depth{queue=\"batcher\"}"))
                .body(containsString("toneline_queue_depth{queue=\"jobs\"}"))
                .body(containsString("toneline_analyses{status=\"succeeded\"}"))
                .body(containsString("toneline_model_load_seconds"))
                .body(not(containsString("actor=")));
    }
}
