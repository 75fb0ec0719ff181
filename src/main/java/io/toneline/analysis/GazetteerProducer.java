package io.toneline.analysis;

import io.toneline.analysis.actors.gazetteer.Gazetteer;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The service's one gazetteer, read from the bundled file once and injected where actors are found.
 * Plain classes ({@code ActorFinder} and the rest) take it through their constructors, so that they
 * stay usable without CDI.
 */
public class GazetteerProducer {

    /** @return the bundled gazetteer (immutable, shared by every request) */
    @Produces
    @Singleton
    Gazetteer gazetteer() {
        return Gazetteer.load();
    }
}
