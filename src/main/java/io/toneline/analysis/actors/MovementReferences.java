package io.toneline.analysis.actors;

import io.toneline.analysis.actors.gazetteer.Gazetteer;
import io.toneline.analysis.text.Paragraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Movement references ("the rebels", "the militants", "the insurgents", "the opposition", and the bare
 * plural "rebels attacked a post"): to the one armed or political movement the article named before (a
 * gazetteer organisation that operates in a state, or a group found by description or introduction);
 * not when it named two, not to a coalition of states, and not when the words after the reference place
 * it in a state where that movement does not operate. Pure and thread-safe.
 */
final class MovementReferences {

    /**
     * "rebels attacked a post", "give former rebels some power": the bare plural, after a lower-case word or
     * at a sentence's start; not after a name ("FARC rebels", "Shi'ite rebels" name or describe a group).
     */
    private static final String BARE_WORDS = "(?:[Rr]ebels|[Ii]nsurgents|[Ss]eparatists|[Gg]uerrillas|[Mm]ilitants)\\b";
    // the lookahead first: the lookbehinds cost about twenty tries each, so they run only where a word stands
    private static final Pattern BARE_MOVEMENTS = Pattern.compile("(?=" + BARE_WORDS + ")(?<!\\b[Tt]he\\s)"
            + "(?:^|(?<=[.!?\"“]\\s|(?<![\\p{L}'’-])\\p{Ll}[\\p{Ll}-]{0,20}\\s))" + BARE_WORDS);
    private static final Pattern COALITION = Pattern.compile("(?i)\\b(?:coalition|alliance)$");
    private static final Pattern MOVEMENTS = Pattern.compile("\\bthe (?:rebels|militants|insurgents|militia"
            + "|jihadists|guerrillas|guerillas|rebel group|armed group|separatists|opposition)\\b", Pattern.CASE_INSENSITIVE);
    private final Gazetteer gazetteer;

    /** @param gazetteer where movements' states of operation come from */
    MovementReferences(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Resolves the movement references of one body paragraph.
     *
     * @param text the article
     * @param para the paragraph's text
     * @param p the paragraph
     * @param named every named mention of the article, by start
     * @param added where resolved mentions are collected, by actor id
     */
    void resolve(String text, String para, Paragraph p, List<NamedMention> named,
            Map<String, List<Mention>> added) {
        List<int[]> spans = new ArrayList<>(ReferenceResolver.unnamedMatches(MOVEMENTS, para, p, named));
        spans.addAll(ReferenceResolver.unnamedMatches(BARE_MOVEMENTS, para, p, named));
        for (int[] span : spans) {
            int at = span[0];
            int end = span[1];
            Map<String, NamedMention> movements = new LinkedHashMap<>();
            for (NamedMention o : named) {
                if (o.mention().end() <= at && isMovement(o.actor())) {
                    movements.put(o.actor().id(), o);
                }
            }
            if (movements.size() == 1 && !placedElsewhere(movements.values().iterator().next(), text, named, end)) {
                movements.values().iterator().next().addReference(added, at, end, text);
            }
        }
    }

    /**
     * True when the words right after the reference place it in a state where the movement does not operate:
     * "a kidnapping by rebels fighting in Syria" is no Hezbollah (Lebanon).
     */
    private boolean placedElsewhere(NamedMention movement, String text, List<NamedMention> named, int end) {
        java.util.Set<String> home = gazetteer.byId(movement.actor().id()).map(e -> java.util.Set.copyOf(e.operatesIn()))
                .orElse(java.util.Set.of());
        if (home.isEmpty()) {
            return false;
        }
        Matcher in = PLACED.matcher(text).region(end, Math.min(text.length(), end + 40));
        if (!in.lookingAt()) {
            return false;
        }
        for (NamedMention o : named) {
            if (o.mention().start() == in.end() && o.actor().type() == ActorType.COUNTRY) {
                return !home.contains(o.actor().id());
            }
        }
        return false;
    }

    private static final Pattern PLACED = Pattern.compile("\\s+(?:\\p{Ll}+\\s+)?(?:in|inside|from)\\s+");

    private boolean isMovement(Actor a) {
        // a coalition of states ("the Saudi-led coalition") is no movement that "the rebels" could mean
        return a.type() == ActorType.ORGANIZATION && !COALITION.matcher(a.name()).find()
                && (a.id().startsWith(GroupFinder.ID_PREFIX)
                || gazetteer.byId(a.id()).map(e -> !e.operatesIn().isEmpty()).orElse(false));
    }
}
