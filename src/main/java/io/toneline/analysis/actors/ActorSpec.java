package io.toneline.analysis.actors;

import java.util.List;

/**
 * An actor supplied by the caller: a display name plus extra surface forms to look for.
 *
 * @param name display name, also searched for in the text
 * @param aliases further surface forms, matched as whole words ignoring case
 */
public record ActorSpec(String name, List<String> aliases) {

    /** Validates the name and copies the alias list. */
    public ActorSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("actor name is required");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /**
     * Convenience factory.
     *
     * @param name display name
     * @param aliases further surface forms
     * @return the spec
     */
    public static ActorSpec of(String name, String... aliases) {
        return new ActorSpec(name, List.of(aliases));
    }
}
