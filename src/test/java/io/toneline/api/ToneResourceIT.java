package io.toneline.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tone-scoring checks against the packaged application. */
@QuarkusIntegrationTest
class ToneResourceIT extends ToneResourceTest {}
