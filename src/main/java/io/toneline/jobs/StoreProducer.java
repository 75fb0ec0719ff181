package io.toneline.jobs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource.DataSourceLiteral;
import io.toneline.config.TonelineConfig;
import io.toneline.jobs.stored.StoredAnalyses;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Makes the analyses store, its job queue and the actor index CDI beans on the datasource that
 * {@code toneline.jobs.datasource} names (h2 or postgresql), sharing one {@link Jdbc} (and so one
 * availability state), so that services get them injected.
 */
@ApplicationScoped
public class StoreProducer {

    private final StoredAnalyses results;
    private final AnalysisStore store;
    private final ActorIndex actorIndex;

    /**
     * @param config which datasource holds the analyses
     * @param dataSources the configured datasources
     * @param json Quarkus' object mapper, which writes stored analyses back as API answers
     */
    public StoreProducer(TonelineConfig config, @Any Instance<AgroalDataSource> dataSources, ObjectMapper json) {
        Jdbc jdbc = new Jdbc(dataSources.select(new DataSourceLiteral(config.jobs().datasource())).get());
        this.results = new StoredAnalyses(json);
        this.store = new AnalysisStore(jdbc, results);
        this.actorIndex = new ActorIndex(jdbc);
    }

    /** @return the analyses table */
    @Produces
    @Singleton
    AnalysisStore store() {
        return store;
    }

    /** @return the storage formats of analyses */
    @Produces
    @Singleton
    StoredAnalyses results() {
        return results;
    }

    /** @return per analysis and actor, for timelines across articles */
    @Produces
    @Singleton
    ActorIndex actorIndex() {
        return actorIndex;
    }

    /** @return the job side of the same table */
    @Produces
    @Singleton
    JobQueue queue() {
        return store.queue();
    }
}
