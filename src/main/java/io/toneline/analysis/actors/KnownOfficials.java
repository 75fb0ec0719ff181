package io.toneline.analysis.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Well-known office holders and their state ({@code known-officials.tsv}): the state of a person the text
 * names with a title but no state ("President Joe Biden", "Secretary Kerry"). A full name resolves as listed
 * (or by its first and last word); a surname alone only after a title of state leadership ("President
 * Obama", not "Mr. Brown") and only when every listed holder of that surname served the same state.
 * A listed full name of two or more words is also a person without a title ("the late Hugo Chavez", "spoke to
 * Aung San Suu Kyi"): news names such people bare once they are famous, and a whole listed name is rarely
 * anyone else. Immutable and thread-safe.
 */
final class KnownOfficials {

    private static final String RESOURCE = "/io/toneline/analysis/actors/known-officials.tsv";
    /** Roles after which a surname alone names a listed leader. Lower case. */
    private static final Set<String> LEADING_ROLES = Set.of("president", "prime minister", "premier", "chancellor",
            "foreign minister", "secretary of state", "secretary", "supreme leader", "king", "crown prince",
            "vice president", "state councilor");
    private static final String AMBIGUOUS = "";

    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> byFirstAndLast = new HashMap<>();
    private final Map<String, String> bySurname = new HashMap<>();
    /** Full names of two or more words by their first word, normalised, longest first. */
    private final Map<String, List<String[]>> fullNames = new HashMap<>();

    private KnownOfficials() {}

    /** The list shipped with Toneline. */
    static KnownOfficials load() {
        KnownOfficials k = new KnownOfficials();
        try (InputStream in = KnownOfficials.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                k.add(cols[0], cols[1], cols[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return k;
    }

    private void add(String name, String surname, String state) {
        String[] words = norm(name).split(" ");
        byName.put(norm(name), state);
        if (words.length > 1) {
            List<String[]> same = fullNames.computeIfAbsent(words[0], k -> new ArrayList<>());
            same.add(words);
            same.sort((a, b) -> b.length - a.length);
        }
        byFirstAndLast.put(words[0] + " " + words[words.length - 1], state);
        bySurname.merge(norm(surname), state, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
    }

    /**
     * @param name the person's name words as the text gives them
     * @param roles the titles the text gives them, lower case
     * @return the state's gazetteer id, or null
     */
    String stateOf(List<String> name, Set<String> roles) {
        String full = norm(String.join(" ", name));
        String state = byName.get(full);
        if (state == null && name.size() > 1) {
            String[] words = full.split(" ");
            state = byFirstAndLast.get(words[0] + " " + words[words.length - 1]);
        }
        if (state == null && name.size() == 1 && roles.stream().anyMatch(KnownOfficials::leading)) {
            state = bySurname.get(full);
        }
        return state == null || state.equals(AMBIGUOUS) ? null : state;
    }

    /**
     * @param tokens a text's tokens
     * @param at where a name may start
     * @return the index after a listed full name written there as one capitalised run of words, or -1
     */
    int fullNameAt(List<Tokens.Token> tokens, int at) {
        List<String[]> candidates = fullNames.get(norm(tokens.get(at).text()));
        if (candidates == null) {
            return -1;
        }
        for (String[] words : candidates) {
            if (at + words.length > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int j = 0; j < words.length && ok; j++) {
                Tokens.Token t = tokens.get(at + j);
                ok = t.capitalised() && norm(t.text()).equals(words[j]) && (j == 0 || t.joined())
                        && (j == words.length - 1 || !t.possessive());
            }
            if (ok) {
                return at + words.length;
            }
        }
        return -1;
    }

    private static boolean leading(String role) {
        String r = role.replaceFirst("^(?:former|ex-|then-)\\s*", "");
        return LEADING_ROLES.contains(r);
    }

    private static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replace(".", "").replaceAll("\\s+", " ").trim();
    }
}
