package io.toneline.jobs;

/**
 * Roles that one instance at a time holds, over the shared database (table {@code role_leases}): the
 * Kafka results publisher is one. Holding is a lease: renewed by its holder, taken by another instance
 * once it has run out.
 */
public final class RoleLeases {

    /** The instance that publishes finished analyses to Kafka. */
    public static final String RESULTS_PUBLISHER = "results-publisher";

    private final Jdbc jdbc;

    RoleLeases(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes or renews a role.
     *
     * @param role a role (a row of {@code role_leases})
     * @param owner this instance's id
     * @param now the time, epoch ms
     * @param until the lease's new end, epoch ms
     * @return true when this instance holds the role until {@code until}
     */
    public boolean hold(String role, String owner, long now, long until) {
        return jdbc.written(h -> h.createUpdate("UPDATE role_leases SET owner = :owner, lease_until = :until"
                        + " WHERE role = :role AND (owner = :owner OR lease_until < :now)")
                .bind("owner", owner)
                .bind("until", until)
                .bind("role", role)
                .bind("now", now)
                .execute() == 1);
    }

    /**
     * Gives a role up at once (a clean stop), so that another instance need not wait for the lease.
     *
     * @param role the role
     * @param owner this instance's id
     */
    public void release(String role, String owner) {
        jdbc.written(h -> h.createUpdate("UPDATE role_leases SET lease_until = 0 WHERE role = :role AND owner = :owner")
                .bind("role", role)
                .bind("owner", owner)
                .execute());
    }
}
