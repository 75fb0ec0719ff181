package io.toneline.analysis.actors;

import io.toneline.analysis.text.Paragraph;
import io.toneline.analysis.text.ParagraphKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The parties an article names together: "Colombia and the leftist FARC rebels", "clashes between
 * Thailand and Cambodia", "Saudi Arabia, Bahrain and the UAE", a headline's "Colombia, FARC Rebels
 * Announce ...". When "both sides" or "the three countries" finds no parties in its own sentence or
 * paragraph, the story's counterparts are the group of that size the article has named together most
 * often before the phrase: a story names its two sides together again and again, while the one-off
 * pairs of backstory ("the presidents of Chile and Venezuela") come up once. A tie names nobody.
 *
 * <p>Names are together when only a list gap separates them: a comma, "and", "&amp;", a hyphen ("U.S.-China
 * talks") or a slash, then perhaps "the" and up to two lower-case words ("and the leftist FARC"). A gap
 * of commas alone is an apposition in body text ("Santos, the president") and counts in headings only.
 * People count as the state they act for. Pure and thread-safe.
 */
final class Counterparts {

    private static final Pattern GAP = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|,?\\s*(?:and|&)\\s+|\\s*[-–/]\\s*)"
            + "(?:the\\s+)?(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}");
    private static final Pattern CONJUNCTION = Pattern.compile("and|&|[-–/]");

    /** One group: each party's key (the actor, or the state a person acts for) and a mention of it. */
    private record Group(int start, Map<String, NamedMention> parties) {}

    private final List<Group> groups;

    private Counterparts(List<Group> groups) {
        this.groups = groups;
    }

    /**
     * @param text the article
     * @param paragraphs its paragraphs; body paragraphs and headings are read
     * @param named every named mention, sorted by start
     * @return the article's groups of names said together
     */
    static Counterparts of(String text, List<Paragraph> paragraphs, List<NamedMention> named) {
        List<Group> groups = new ArrayList<>();
        int i = 0;
        for (Paragraph p : paragraphs) {
            while (i < named.size() && named.get(i).mention().start() < p.start()) {
                i++;
            }
            if (p.kind() != ParagraphKind.BODY && p.kind() != ParagraphKind.HEADING) {
                continue;
            }
            boolean heading = p.kind() == ParagraphKind.HEADING;
            List<NamedMention> run = new ArrayList<>();
            boolean conjoined = false;
            for (int j = i; j < named.size() && named.get(j).mention().end() <= p.end(); j++) {
                NamedMention o = named.get(j);
                NamedMention last = run.isEmpty() ? null : run.get(run.size() - 1);
                String gap = last == null || o.mention().start() < last.mention().end() ? null
                        : text.substring(last.mention().end(), o.mention().start());
                if (gap != null && GAP.matcher(gap).matches()) {
                    conjoined |= CONJUNCTION.matcher(gap).find();
                } else {
                    close(run, conjoined || heading, groups);
                    run = new ArrayList<>();
                    conjoined = false;
                }
                run.add(o);
            }
            close(run, conjoined || heading, groups);
        }
        return new Counterparts(groups);
    }

    private static void close(List<NamedMention> run, boolean together, List<Group> groups) {
        if (run.size() < 2 || !together) {
            return;
        }
        Map<String, NamedMention> parties = new LinkedHashMap<>();
        for (NamedMention o : run) {
            parties.putIfAbsent(key(o.actor()), o);
        }
        if (parties.size() >= 2) {
            groups.add(new Group(run.get(0).mention().start(), parties));
        }
    }

    /** A person counts as the state (or organisation) they act for. */
    private static String key(Actor a) {
        return a.type() == ActorType.PERSON && a.affiliation() != null ? a.affiliation() : a.id();
    }

    /**
     * The group of {@code n} parties named together most often before {@code at}.
     *
     * @param at where the plural phrase starts
     * @param n how many parties it speaks of
     * @param fits which actors the phrase may mean (states only for "both countries")
     * @param byId the article's actors by id, so that a person's state answers for them when it is an actor
     * @param named every named mention, sorted by start
     * @return the parties, each with a mention to resolve through; empty when no group, or a tie
     */
    Map<String, NamedMention> likeliest(int at, int n, Predicate<Actor> fits, Map<String, Actor> byId,
            List<NamedMention> named) {
        Map<Set<String>, Integer> counts = new HashMap<>();
        Map<Set<String>, Group> latest = new HashMap<>();
        for (Group g : groups) {
            if (g.start() >= at) {
                break;
            }
            Map<String, NamedMention> kept = new LinkedHashMap<>();
            g.parties().forEach((key, o) -> {
                Actor party = byId.getOrDefault(key, o.actor());
                if (fits.test(party) || fits.test(o.actor())) { // "the two leaders": the people themselves
                    kept.put(key, o);
                }
            });
            if (kept.size() != n || kept.size() != g.parties().size()) {
                continue;
            }
            Set<String> keys = new TreeSet<>(kept.keySet());
            counts.merge(keys, 1, Integer::sum);
            latest.put(keys, new Group(g.start(), kept));
        }
        Set<String> best = null;
        int top = 0;
        boolean tie = false;
        for (Map.Entry<Set<String>, Integer> e : counts.entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
                tie = false;
            } else if (e.getValue() == top) {
                tie = true;
            }
        }
        if (best == null || tie) {
            return Map.of();
        }
        Map<String, NamedMention> out = new LinkedHashMap<>();
        for (Map.Entry<String, NamedMention> e : latest.get(best).parties().entrySet()) {
            Actor party = byId.get(e.getKey());
            out.put(e.getKey(), party != null && fits.test(party) ? through(e.getKey(), e.getValue(), at, named)
                    : e.getValue());
        }
        return out;
    }

    /** The party's own last named mention before {@code at} when it has one (the state, not its leader). */
    private static NamedMention through(String key, NamedMention fallback, int at, List<NamedMention> named) {
        NamedMention best = fallback;
        for (NamedMention o : named) {
            if (o.mention().start() >= at) {
                break;
            }
            if (o.actor().id().equals(key)) {
                best = o;
            }
        }
        return best;
    }
}
