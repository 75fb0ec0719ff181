package io.toneline.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same API checks against the packaged application (target/quarkus-app), model and all. */
@QuarkusIntegrationTest
class AnalysisResourceIT extends AnalysisResourceTest {}
