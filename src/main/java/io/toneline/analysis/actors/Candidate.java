package io.toneline.analysis.actors;

/**
 * A possible mention before overlaps are resolved.
 *
 * @param start first character
 * @param end one past the last character
 * @param tier detector precedence on equal length: 0 caller, 1 gazetteer, 2 person, 3 organisation
 * @param target the actor it would mention, or null for a shadowing phrase that mentions nothing
 */
record Candidate(int start, int end, int tier, ActorDraft target) {

    static final int CALLER = 0;
    static final int GAZETTEER = 1;
    static final int PERSON = 2;
    static final int ORGANIZATION = 3;

    int length() {
        return end - start;
    }
}
