package io.toneline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** admin ⊃ writer ⊃ reader, and nothing else is granted. */
class RolesTest {

    @Test
    void eachRoleImpliesTheWeakerOnes() {
        assertEquals(Set.of("reader"), Roles.implied(Set.of("reader")));
        assertEquals(Set.of("reader", "writer"), Roles.implied(Set.of("writer")));
        assertEquals(Set.of("reader", "writer", "admin"), Roles.implied(Set.of("admin")));
        assertEquals(Set.of(), Roles.implied(Set.of()));
        assertEquals(Set.of("auditor"), Roles.implied(Set.of("auditor")), "other groups of a token grant nothing");
    }
}
