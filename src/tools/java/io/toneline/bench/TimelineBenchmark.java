package io.toneline.bench;

import io.toneline.jobs.ActorIndex;
import io.toneline.jobs.ActorTone;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Measures the actor timeline query a dashboard polls, on a database holding many stored analyses.
 *
 * <pre>
 * src/scripts/tools.sh io.toneline.bench.TimelineBenchmark JDBC_URL USER PASSWORD [ANALYSES] [QUERIES]
 * </pre>
 * Migrates a fresh database with the service's own migrations, fills the actor index with
 * ANALYSES (default 100,000) analyses of 5 actors each over one year (actor popularity skewed, the
 * busiest actor in about 60 % of articles), then runs QUERIES (default 200) timeline queries for the
 * busiest actor over the last 30 days by day and the last 26 weeks by week, and prints p50/p95.
 */
public final class TimelineBenchmark {

    private TimelineBenchmark() {}

    /**
     * @param args JDBC URL, user, password, then optionally analyses and queries
     * @throws Exception when the database fails
     */
    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        int analyses = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        int queries = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        DataSource ds = new Plain(url, user, password);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();

        long day = 86_400_000L;
        long now = System.currentTimeMillis();
        Random r = new Random(7);
        long t0 = System.nanoTime();
        ActorIndex index = ActorIndex.on(ds);
        java.util.List<ActorIndex.Entry> batch = new java.util.ArrayList<>();
        for (int a = 0; a < analyses; a++) {
            long published = now - (long) (r.nextDouble() * 365 * day);
            java.util.Set<Integer> actors = new java.util.LinkedHashSet<>();
            while (actors.size() < 5) {
                // skewed: low ids are popular, actor 0 in about half the articles
                actors.add((int) Math.floor(Math.pow(r.nextDouble(), 3) * 400));
            }
            java.util.List<ActorTone> tones = new java.util.ArrayList<>();
            for (int actor : actors) {
                int[] levels = new int[5];
                levels[r.nextInt(5)] = 2;
                tones.add(new ActorTone("actor-" + actor, "Actor " + actor, "country", 3, 2, r.nextDouble() * 2 - 1,
                        levels));
            }
            batch.add(new ActorIndex.Entry("a" + a, published, tones));
            if (batch.size() == 1000) {
                index.writeAll(batch);
                batch.clear();
            }
        }
        index.writeAll(batch);
        System.out.printf(Locale.ROOT, "database=%s analyses=%d rows=%d load_s=%.1f%n", url.split(";")[0], analyses,
                analyses * 5L, (System.nanoTime() - t0) / 1e9);
        String actor = index.actors(now - 366 * day, now + day, 1).get(0).id();
        for (String kind : new String[] {"day-30", "week-26", "actors-30"}) {
            double[] ms = new double[queries];
            for (int q = 0; q < queries + 20; q++) {
                long s = System.nanoTime();
                int points = switch (kind) {
                    case "day-30" -> index.timeline(actor, now - 30 * day, now, 1).size();
                    case "week-26" -> index.timeline(actor, now - 182 * day, now, 7).size();
                    default -> index.actors(now - 30 * day, now, 100).size();
                };
                if (q >= 20) { // the first 20 warm the JIT and the database's caches
                    ms[q - 20] = (System.nanoTime() - s) / 1e6;
                }
                if (points == 0) {
                    throw new IllegalStateException("no data for " + kind);
                }
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "query=%s actor=%s p50_ms=%.2f p95_ms=%.2f%n", kind, actor,
                    ms[ms.length / 2], ms[(int) (ms.length * 0.95)]);
        }
    }

    /**
     * A data source over one kept-open connection, as the service's pool would give (opening a connection
     * per query would measure connection set-up, not the query). For one thread only.
     */
    private static final class Plain implements DataSource {
        private final String url;
        private final String user;
        private final String password;
        private Connection open;

        Plain(String url, String user, String password) {
            this.url = url;
            this.user = user;
            this.password = password;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (open == null || open.isClosed()) {
                open = DriverManager.getConnection(url, user, password);
            }
            Connection c = open;
            // close() returns the connection to this one-connection "pool" instead of closing it
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            if (!c.getAutoCommit()) {
                                c.rollback();
                            }
                            c.setAutoCommit(true);
                            return null;
                        }
                        try {
                            return method.invoke(c, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String u, String p) throws SQLException {
            return DriverManager.getConnection(url, u, p);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
