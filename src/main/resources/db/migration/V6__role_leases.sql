-- Roles that one instance at a time holds (the Kafka results publisher): whoever holds an unexpired lease
-- has the role; an instance that stops renewing loses it after the lease. The rows exist from the start, so
-- taking a role is a single conditional UPDATE, with no insert race between instances.
CREATE TABLE role_leases (
    role        VARCHAR(100) NOT NULL PRIMARY KEY,
    owner       VARCHAR(100),
    lease_until BIGINT       NOT NULL
);
INSERT INTO role_leases (role, owner, lease_until) VALUES ('results-publisher', NULL, 0);
