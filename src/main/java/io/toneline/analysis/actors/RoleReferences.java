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

    private static final Pattern TITLE = Pattern.compile("\\b(?:" + String.join("|", Lexicon.TITLES.stream()
            .filter(t -> !Lexicon.ABBREVIATED_TITLES.contains(t))
            .map(t -> Pattern.quote(t).replace(" ", "\\E\\s+\\Q")).toList()) + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern THE_BEFORE = Pattern.compile("\\b[Tt]he\\s+$");
    private static final Pattern POSSESSIVE_GAP = Pattern.compile("(?:['’]s)?\\s+");
    private static final Pattern OF_AFTER = Pattern.compile("\\s+of\\s+(?:the\\s+)?");
    private static final Pattern NEXT_CAPITALISED = Pattern.compile("\\s+\\p{Lu}\\p{L}*");
    private static final Set<String> CALENDAR = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");

    private RoleReferences() {}

    /**
     * Resolves the role phrases of one body paragraph.
     *
     * @param text the article
     * @param p the paragraph
     * @param named every named mention of the article, by start
     * @param added where resolved mentions are collected, by actor id
     */
    static void resolve(String text, Paragraph p, List<ReferenceResolver.Owned> named,
            Map<String, List<Mention>> added) {
        Matcher m = TITLE.matcher(text).region(p.start(), p.end());
        while (m.find()) {
            int ts = m.start();
            int te = m.end();
            if (ReferenceResolver.overlaps(named, ts, te) || followedByName(text, te, p.end())) {
                continue;
            }
            String title = m.group().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            ReferenceResolver.Owned qualifier = qualifierBefore(text, p, named, ts);
            int start;
            if (qualifier != null) {
                Matcher the = THE_BEFORE.matcher(text).region(p.start(), qualifier.mention().start());
                start = the.find() ? the.start() : qualifier.mention().start();
            } else {
                Matcher the = THE_BEFORE.matcher(text).region(p.start(), ts);
                if (!the.find()) {
                    continue; // "a president", "its president": no particular person
                }
                start = the.start();
            }
            int end = te;
            if (qualifier == null) {
                ReferenceResolver.Owned after = qualifierAfter(text, p, named, te);
                if (after != null) {
                    qualifier = after;
                    end = after.mention().end();
                }
            }
            String state = qualifier == null ? null : qualifier.actor().id();
            Map<String, ReferenceResolver.Owned> people = new LinkedHashMap<>();
            for (ReferenceResolver.Owned o : named) {
                Actor a = o.actor();
                if (o.mention().end() <= start && a.type() == ActorType.PERSON && holds(a, title)
                        && (state == null || state.equals(a.affiliation()))) {
                    people.put(a.id(), o);
                }
            }
            if (people.size() == 1) {
                ReferenceResolver.add(added, people.values().iterator().next(), start, end, text);
            }
        }
    }

    /** True when the person was named with this title ("foreign minister" also answers "the minister"). */
    static boolean holds(Actor person, String title) {
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

    /** A state or organisation mention right before the title: "Iranian president", "Russia's foreign minister". */
    private static ReferenceResolver.Owned qualifierBefore(String text, Paragraph p, List<ReferenceResolver.Owned> named,
            int titleStart) {
        for (ReferenceResolver.Owned o : named) {
            int e = o.mention().end();
            if (e > titleStart || e < p.start() || !isGroup(o.actor())) {
                continue;
            }
            if (POSSESSIVE_GAP.matcher(text).region(e, titleStart).matches()) {
                return o;
            }
        }
        return null;
    }

    /** "the president of France": a state or organisation mention right after "of". */
    private static ReferenceResolver.Owned qualifierAfter(String text, Paragraph p, List<ReferenceResolver.Owned> named,
            int titleEnd) {
        Matcher of = OF_AFTER.matcher(text).region(titleEnd, p.end());
        if (!of.lookingAt()) {
            return null;
        }
        for (ReferenceResolver.Owned o : named) {
            if (o.mention().start() == of.end() && isGroup(o.actor())) {
                return o;
            }
        }
        return null;
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
