package io.toneline.evaluation.articles;

import io.toneline.analysis.ActorResult;
import io.toneline.analysis.actors.Actor;
import io.toneline.analysis.actors.ActorType;
import io.toneline.analysis.actors.NameVariants;
import io.toneline.analysis.actors.gazetteer.Gazetteer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Which of Toneline's actors is a reader's actor: the same name or alias, the same id slug, the gazetteer entry
 * the reader's name is an alias of ("Palestinian Authority" is the gazetteer's Palestine, even in an article
 * that names it only inside a title), or for people the same family name, or the same first name and a family
 * name spelt one or two letters apart; a body's name that the reader wrote after its state's adjective
 * ("Libyan Transitional National Council") is the body's.
 */
public final class ActorMatch {

    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private ActorMatch() {}

    /** What matching looks at. */
    private record View(String id, String name, List<String> aliases, boolean person) {}

    /**
     * @param gold the reader's actor
     * @param actors an analysis' actors
     * @return the match, or null
     */
    public static ActorResult of(GoldArticle.Actor gold, List<ActorResult> actors) {
        return of(gold, actors, a -> new View(a.id(), a.name(), a.aliases(), a.type() == ActorType.PERSON));
    }

    /**
     * @param gold the reader's actor
     * @param actors actors found in a text
     * @return the match, or null
     */
    public static Actor ofFound(GoldArticle.Actor gold, List<Actor> actors) {
        return of(gold, actors, a -> new View(a.id(), a.name(), a.aliases(), a.type() == ActorType.PERSON));
    }

    private static <A> A of(GoldArticle.Actor gold, List<A> actors, Function<A, View> view) {
        String name = norm(gold.name());
        for (A a : actors) {
            View v = view.apply(a);
            if (norm(v.name()).equals(name) || v.id().equals(name.replace(' ', '-'))
                    || v.aliases().stream().anyMatch(x -> norm(x).equals(name))) {
                return a;
            }
        }
        for (A a : actors) {
            // "Libyan Transitional National Council" is the service's "Transitional National Council"
            String found = norm(view.apply(a).name());
            if (!view.apply(a).person() && name.endsWith(" " + found) && found.contains(" ")
                    && GAZETTEER.byDemonym(gold.name().substring(0, gold.name().length() - found.length()).strip()).isPresent()) {
                return a;
            }
        }
        // "People's Protection Units (YPG)": the name with its acronym in brackets, either part
        java.util.regex.Matcher bracket = java.util.regex.Pattern.compile("^(.+?)\\s*\\((.+)\\)$").matcher(gold.name());
        List<String> names = bracket.matches() ? List.of(gold.name(), bracket.group(1), bracket.group(2)) : List.of(gold.name());
        String entry = names.stream().map(n -> GAZETTEER.lookup(n).map(e -> e.id()).orElse(null))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        for (A a : actors) {
            if (entry != null && view.apply(a).id().equals(entry)) {
                return a;
            }
        }
        if (gold.type().equals("person")) {
            String family = family(name);
            for (A a : actors) {
                View v = view.apply(a);
                if (v.person() && family(norm(v.name())).equals(family)) {
                    return a;
                }
            }
            // "Volodymyr Zelensky" is the service's "Volodymyr Zelenskyy": the same first name, a family name
            // one or two letters apart (the service merges such variants within one article the same way)
            String first = name.split(" ")[0];
            for (A a : actors) {
                View v = view.apply(a);
                String other = norm(v.name());
                if (v.person() && name.contains(" ") && other.split(" ")[0].equals(first)
                        && NameVariants.distance(family(other), family, 2) <= 2 && Math.min(family.length(), family(other).length()) >= 5) {
                    return a;
                }
            }
        }
        return null;
    }

    /** The last word that is not a generational suffix: "lloyd j austin iii" is an Austin. */
    private static String family(String normalised) {
        String[] parts = normalised.split(" ");
        int last = parts.length - 1;
        while (last > 0 && SUFFIXES.contains(parts[last])) {
            last--;
        }
        return parts[last];
    }

    private static final java.util.Set<String> SUFFIXES = java.util.Set.of("jr", "sr", "ii", "iii", "iv");

    private static String norm(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return ascii.replaceAll("^the ", "").replaceAll("[^a-z0-9]+", " ").trim();
    }
}
