package io.toneline.analysis.actors;

import io.toneline.analysis.text.Paragraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Role references to people the article already named: "the Iranian president", "Russia's foreign
 * minister", "the Kremlin spokesman", "the president of France", or a bare "the president".
 *
 * <p>A role phrase is a title of {@link Lexicon#TITLES} (honorifics aside) that is no part of a name, led
 * either by a state or organisation mention (with or without "'s"), by "the", or followed by "of" and a
 * state. It resolves to the one person named earlier in the article with that title and, when the
 * phrase names a state, that affiliation. Two candidates, or none, leave it unresolved: "the president"
 * with two presidents in play stays unresolved. A title followed by a capitalised word (a name Toneline
 * did not find) is left alone. Pure and thread-safe.
 */
final class RoleReferences {

    private static final Pattern TITLE = Pattern.compile("\\b" + byFirstLetter(Stream.concat(Lexicon.TITLES.stream()
            .filter(t -> !Lexicon.ABBREVIATED_TITLES.contains(t)), Stream.of("leader")).toList()) + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THE_BEFORE = Pattern.compile("\\b[Tt]he\\s+$");
    /** Longest stretch from a qualifier's start to the title ("the Democratic Republic of the Congo's "). */
    private static final int QUALIFIER_REACH = 64;
    /**
     * Between qualifier and title: a space, or a possessive and up to two lower-case words ("Ukraine's newly
     * inaugurated president"), but none that makes it another person ("Russia's former president"). Words
     * without the possessive may be a verb: "White House officials said the president".
     */
    private static final Pattern POSSESSIVE_GAP = Pattern.compile("\\s+|['’]s\\s+(?:(?!(?:former|late|previous|past"
            + "|next|future|new|deputy|vice|acting|interim|outgoing|incoming|then|ex)\\b)\\p{Ll}[\\p{Ll}-]*\\s+){0,2}");
    private static final Pattern OF_AFTER = Pattern.compile("\\s+of\\s+(?:the\\s+)?");
    private static final Pattern NEXT_CAPITALISED = Pattern.compile("\\s+\\p{Lu}\\p{L}*");
    private static final Set<String> CALENDAR = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");

    private static final List<String> HEADS_OF_STATE = List.of("president", "king", "queen", "emir", "sultan");
    /** "the Russian leader", "Britain's leader": whoever leads the state, its head of state or of government. */
    private static final List<String> LEADERS = java.util.stream.Stream.concat(HEADS_OF_STATE.stream(),
            java.util.stream.Stream.of("prime minister", "premier", "chancellor", "supreme leader")).toList();
    /** "leader" is no title of a name, so it resolves only with a state before it (never "the leader"). */
    private static final String LEADER = "leader";
    private static final String TOP_DIPLOMAT = "top diplomat";
    private static final List<String> FOREIGN_MINISTERS = List.of("foreign minister", "secretary of state",
            "foreign secretary", "minister of foreign affairs", "foreign affairs minister",
            "secretary of foreign relations");
    private static final Pattern THE_TOP = Pattern.compile("\\b[Tt]he\\s+top\\s+$");
    private static final Pattern DIPLOMAT_END = Pattern.compile("(?i)\\sdiplomat$");
    /** "the country's president": the state is the one the paragraph named last before the phrase. */
    private static final Pattern THE_COUNTRYS = Pattern.compile("\\b[Tt]he\\s+(?:country|nation)['’]s\\s+$");

    /**
     * The phrases as one alternation, grouped by first letter behind a lookahead, in their order within each
     * group: a word start then tries a few dozen lookaheads instead of every title.
     */
    private static String byFirstLetter(List<String> phrases) {
        Map<Character, List<String>> groups = new LinkedHashMap<>();
        for (String t : phrases) {
            groups.computeIfAbsent(Character.toLowerCase(t.charAt(0)), k -> new ArrayList<>())
                    .add(Pattern.quote(t).replace(" ", "\\E\\s+\\Q"));
        }
        List<String> out = new ArrayList<>();
        groups.forEach((c, alts) ->
                out.add("(?=" + Pattern.quote(String.valueOf(c)) + ")(?:" + String.join("|", alts) + ")"));
        return "(?:" + String.join("|", out) + ")";
    }

    private RoleReferences() {}

    /**
     * Resolves the role phrases of one body paragraph.
     *
     * @param text the article
     * @param p the paragraph
     * @param named every named mention of the article, by start
     * @param titled the first mention of each person named with a title, by start
     * @param added where resolved mentions are collected, by actor id
     */
    static void resolve(String text, Paragraph p, List<NamedMention> named,
            List<NamedMention> titled, Map<String, List<Mention>> added) {
        Matcher m = TITLE.matcher(text).region(p.start(), p.end());
        while (m.find()) {
            int ts = m.start();
            int te = m.end();
            if (NamedMention.overlaps(named, ts, te) || followedByName(text, te, p.end())) {
                continue;
            }
            String title = m.group().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            NamedMention qualifier = qualifierBefore(text, p, named, ts);
            if (title.equals(LEADER) && (qualifier == null || qualifier.actor().type() != ActorType.COUNTRY)) {
                continue; // "the opposition leader", "a Hamas leader", "the leader": not the state's
            }
            int start;
            String countrysState = null;
            Matcher countrys = THE_COUNTRYS.matcher(text).region(Math.max(p.start(), ts - 20), ts)
                    .useTransparentBounds(true);
            if (qualifier == null && countrys.find()) {
                start = countrys.start();
                countrysState = lastStateBefore(named, p.start(), start);
                if (countrysState == null) {
                    continue;
                }
            } else if (qualifier != null) {
                Matcher the = theBefore(text, p, qualifier.mention().start());
                start = the.find() ? the.start() : qualifier.mention().start();
            } else {
                Matcher the = theBefore(text, p, ts);
                if (!the.find()) {
                    continue; // "a president", "its president": no particular person
                }
                start = the.start();
            }
            int end = te;
            if (qualifier == null && countrysState == null) {
                NamedMention after = qualifierAfter(text, p, named, te);
                if (after != null) {
                    qualifier = after;
                    end = after.mention().end();
                }
            }
            String state = qualifier == null ? countrysState : qualifier.actor().id();
            resolveToHolder(text, titled, title, state, start, end, added);
        }
        topDiplomats(text, p, named, titled, added);
    }

    /**
     * "the top U.S. diplomat": Toneline reads "U.S. diplomat" as the state's own mention (a body word), so the
     * role is found from that mention, with "the top" before it; it is the state's foreign minister.
     */
    private static void topDiplomats(String text, Paragraph p, List<NamedMention> named, List<NamedMention> titled,
            Map<String, List<Mention>> added) {
        for (int i = NamedMention.firstStartingAtOrAfter(named, p.start()); i < named.size(); i++) {
            NamedMention o = named.get(i);
            if (o.mention().start() >= p.end()) {
                break;
            }
            if (o.actor().type() != ActorType.COUNTRY || !DIPLOMAT_END.matcher(o.mention().text()).find()) {
                continue;
            }
            Matcher top = THE_TOP.matcher(text).region(Math.max(p.start(), o.mention().start() - 12),
                    o.mention().start()).useTransparentBounds(true);
            if (top.find()) {
                resolveToHolder(text, titled, TOP_DIPLOMAT, o.actor().id(), top.start(), o.mention().end(), added);
            }
        }
    }

    /**
     * Adds the reference [start, end) to the one person named with the title (and of the state, when given):
     * first among those named before it, else, with a state, among all the article names.
     */
    private static void resolveToHolder(String text, List<NamedMention> titled, String title, String state,
            int start, int end, Map<String, List<Mention>> added) {
        NamedMention only = null;
        int candidates = 0;
        for (NamedMention o : titled) {
            Actor a = o.actor();
            if (o.mention().end() <= start && holds(a, title) && (state == null || state.equals(a.affiliation()))) {
                only = o;
                candidates++;
            }
        }
        if (candidates == 0 && state != null) {
            // "Ukraine's newly inaugurated president" in the lead, "President Petro Poroshenko" later: the
            // one person the whole article names with that title for that state
            for (NamedMention o : titled) { // one entry per person
                if (o.mention().start() >= end && holds(o.actor(), title) && state.equals(o.actor().affiliation())) {
                    only = o;
                    candidates++;
                }
            }
        }
        if (candidates == 1) {
            only.addReference(added, start, end, text);
        }
    }

    /** True when the person was named with this title ("foreign minister" also answers "the minister"). */
    static boolean holds(Actor person, String title) {
        if (title.equals("head of state")) {
            // "the Russian head of state": the president, or the monarch, the article named
            return HEADS_OF_STATE.stream().anyMatch(t -> holds(person, t));
        }
        if (title.equals(TOP_DIPLOMAT) && FOREIGN_MINISTERS.stream().anyMatch(t -> holds(person, t))) {
            return true; // "China's top diplomat": its foreign minister
        }
        if (title.equals(LEADER)) {
            return LEADERS.stream().anyMatch(t -> holds(person, t));
        }
        for (String role : person.roles()) {
            if (role.equals(title)) {
                return true;
            }
            if (role.endsWith(" " + title)) {
                String first = role.substring(0, role.indexOf(' '));
                if (!Lexicon.TITLE_MODIFIERS.contains(first)) {
                    return true; // but a deputy foreign minister is not "the foreign minister"
                }
            }
        }
        return false;
    }

    /** The id of the last state named in [from, to), or null. */
    private static String lastStateBefore(List<NamedMention> named, int from, int to) {
        String last = null;
        for (int i = NamedMention.firstStartingAtOrAfter(named, from);
                i < named.size() && named.get(i).mention().end() <= to; i++) {
            if (named.get(i).actor().type() == ActorType.COUNTRY) {
                last = named.get(i).actor().id();
            }
        }
        return last;
    }

    /** A state or organisation mention right before the title: "Iranian president", "Russia's foreign minister". */
    private static NamedMention qualifierBefore(String text, Paragraph p, List<NamedMention> named,
            int titleStart) {
        // a qualifier starts at most QUALIFIER_REACH characters before the title: look there only
        for (int i = NamedMention.firstStartingAtOrAfter(named, titleStart - QUALIFIER_REACH); i < named.size(); i++) {
            NamedMention o = named.get(i);
            if (o.mention().start() >= titleStart) {
                break;
            }
            int e = o.mention().end();
            if (e <= titleStart && e >= p.start() && isGroup(o.actor())
                    && POSSESSIVE_GAP.matcher(text).region(e, titleStart).matches()) {
                return o;
            }
        }
        return null;
    }

    /** "the president of France": a state or organisation mention right after "of". */
    private static NamedMention qualifierAfter(String text, Paragraph p, List<NamedMention> named,
            int titleEnd) {
        Matcher of = OF_AFTER.matcher(text).region(titleEnd, p.end());
        if (!of.lookingAt()) {
            return null;
        }
        int i = NamedMention.firstStartingAtOrAfter(named, of.end());
        if (i < named.size() && named.get(i).mention().start() == of.end() && isGroup(named.get(i).actor())) {
            return named.get(i);
        }
        return null;
    }

    /** A "the" right before {@code at}; the search looks back a few characters only (linear in the text). */
    private static Matcher theBefore(String text, Paragraph p, int at) {
        return THE_BEFORE.matcher(text).region(Math.max(p.start(), at - 12), at).useTransparentBounds(true);
    }

    private static boolean isGroup(Actor a) {
        return a.type() == ActorType.COUNTRY || a.type() == ActorType.ORGANIZATION;
    }

    /** "the President Emmanuel Macron": a capitalised word right after the title is a name. */
    private static boolean followedByName(String text, int titleEnd, int limit) {
        Matcher next = NEXT_CAPITALISED.matcher(text).region(titleEnd, limit);
        return next.lookingAt() && !CALENDAR.contains(next.group().strip());
    }
}
