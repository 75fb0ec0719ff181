package io.toneline.analysis.actors;

import io.toneline.analysis.text.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Role phrases in the plural over a list of states: "the presidents of Sudan and South Sudan", "the
 * foreign ministers of India and Pakistan". Each state's one holder of the title in the article, named
 * before or after, takes the phrase as a mention; a state with no holder, or two, adds nobody. "Leaders"
 * means the head of government or state: a president, prime minister, premier, chancellor, king or leader. Pure and
 * thread-safe.
 */
final class PluralRoles {

    private static final Pattern PHRASE = Pattern.compile("\\b[Tt]he\\s+(presidents|prime ministers|foreign ministers"
            + "|defen[cs]e ministers|leaders)\\s+of\\s+(?:the\\s+)?");
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?");
    private static final List<String> LEADERS = List.of("president", "prime minister", "premier", "chancellor", "king", "leader");

    private PluralRoles() {}

    /**
     * Resolves the plural role phrases of one body paragraph.
     *
     * @param text the article
     * @param p the paragraph
     * @param named every named mention of the article, by start
     * @param titled the first mention of each person named with a title, by start
     * @param added where resolved mentions are collected, by actor id
     */
    static void resolve(String text, Paragraph p, List<NamedMention> named, List<NamedMention> titled,
            Map<String, List<Mention>> added) {
        Matcher m = PHRASE.matcher(text).region(p.start(), p.end());
        while (m.find()) {
            List<NamedMention> states = statesFrom(text, named, m.end(), p.end());
            if (states.size() < 2) {
                continue;
            }
            int end = states.get(states.size() - 1).mention().end();
            String plural = m.group(1).toLowerCase(java.util.Locale.ROOT);
            List<String> titles = plural.equals("leaders") ? LEADERS
                    : List.of(plural.substring(0, plural.length() - 1));
            for (NamedMention state : states) {
                NamedMention holder = null;
                int holders = 0;
                for (NamedMention o : titled) {
                    if (state.actor().id().equals(o.actor().affiliation())
                            && titles.stream().anyMatch(t -> RoleReferences.holds(o.actor(), t))) {
                        holder = o;
                        holders++;
                    }
                }
                if (holders == 1) {
                    holder.addReference(added, m.start(), end, text);
                }
            }
        }
    }

    /** The states listed from {@code at}: "Sudan and South Sudan", "India, Pakistan and China". */
    private static List<NamedMention> statesFrom(String text, List<NamedMention> named, int at, int limit) {
        List<NamedMention> out = new ArrayList<>();
        int next = at;
        for (NamedMention o : named) {
            if (o.mention().start() < next) {
                continue;
            }
            if (o.mention().start() > next || o.mention().end() > limit || o.actor().type() != ActorType.COUNTRY) {
                break;
            }
            out.add(o);
            Matcher gap = LIST_GAP.matcher(text).region(o.mention().end(), limit);
            if (!gap.lookingAt()) {
                break;
            }
            next = gap.end();
        }
        return out;
    }
}
