package io.toneline.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The three roles and what each implies: {@code admin} ⊃ {@code writer} ⊃ {@code reader}. A writer
 * can read back what it submitted; an admin can do everything, and only an admin deletes analyses
 * and sees the {@code idempotencyKey} values callers sent.
 */
public final class Roles {

    /** Reads analyses, the change feed and actor timelines. */
    public static final String READER = "reader";
    /** Submits analyses and scores texts ({@code POST /v1/analyses}, {@code POST /v1/tone}); implies reader. */
    public static final String WRITER = "writer";
    /** Deletes analyses and sees idempotency keys; implies writer and reader. */
    public static final String ADMIN = "admin";
    /** All roles, weakest first. */
    public static final List<String> ALL = List.of(READER, WRITER, ADMIN);

    private Roles() {}

    /**
     * @param granted roles a key or token grants (unknown names are kept as they are)
     * @return those roles and every role they imply
     */
    public static Set<String> implied(Set<String> granted) {
        Set<String> out = new LinkedHashSet<>(granted);
        if (granted.contains(ADMIN)) {
            out.add(WRITER);
            out.add(READER);
        } else if (granted.contains(WRITER)) {
            out.add(READER);
        }
        return out;
    }

    /**
     * @param role a role name
     * @return whether it is one of Toneline's roles
     */
    public static boolean known(String role) {
        return ALL.contains(role);
    }
}
