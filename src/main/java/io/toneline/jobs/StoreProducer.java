package io.toneline.jobs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource.DataSourceLiteral;
import io.toneline.config.TonelineConfig;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Makes the analyses store and its job queue CDI beans on the datasource that
 * {@code toneline.jobs.datasource} names (h2 or postgresql), so that services get them injected.
 */
@ApplicationScoped
public class StoreProducer {

    private final AnalysisStore store;

    /**
     * @param config which datasource holds the analyses
     * @param dataSources the configured datasources
     */
    public StoreProducer(TonelineConfig config, @Any Instance<AgroalDataSource> dataSources) {
        this.store = new AnalysisStore(dataSources.select(new DataSourceLiteral(config.jobs().datasource())).get());
    }

    /** @return the analyses table */
    @Produces
    @Singleton
    AnalysisStore store() {
        return store;
    }

    /** @return per analysis and actor, for timelines across articles */
    @Produces
    @Singleton
    ActorIndex actorIndex() {
        return new ActorIndex(store.jdbc());
    }

    /** @return the job side of the same table */
    @Produces
    @Singleton
    JobQueue queue() {
        return store.queue();
    }
}
