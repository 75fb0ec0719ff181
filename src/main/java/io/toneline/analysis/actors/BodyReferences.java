package io.toneline.analysis.actors;

import io.toneline.analysis.text.Paragraph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short references to a body the article named in full before: "the Permanent Court of Arbitration ...
 * the court", "the Gulf Cooperation Council ... the six-member Council". The phrase is "the", up to two
 * lower-case words, and a body word (court, council, commission ...) that is the last word, or the head
 * before "of", of exactly one organisation named earlier in the article; else it stays unresolved.
 * Not when a capitalised word or "of" follows ("the Council of Europe", "the Court Registrar"): that is
 * another name. Pure and thread-safe.
 */
final class BodyReferences {

    private static final Set<String> BODIES = Set.of("court", "council", "commission", "committee", "tribunal",
            "assembly", "parliament", "alliance", "coalition", "bloc", "agency", "bank", "fund", "mission",
            "organisation", "organization", "union", "league", "movement", "front", "party");
    private static final Pattern PHRASE = Pattern.compile("\\b[Tt]he\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}("
            + String.join("|", BODIES.stream().sorted().map(w -> "(?i:" + w + ")").toList()) + ")\\b");
    private static final Pattern AFTER = Pattern.compile("\\s+(?:of\\b|\\p{Lu})");

    private BodyReferences() {}

    /**
     * Resolves the body references of one body paragraph.
     *
     * @param text the article
     * @param p the paragraph
     * @param named every named mention of the article, by start
     * @param added where resolved mentions are collected, by actor id
     */
    static void resolve(String text, Paragraph p, List<NamedMention> named, Map<String, List<Mention>> added) {
        Matcher m = PHRASE.matcher(text).region(p.start(), p.end());
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (NamedMention.overlaps(named, start, end)
                    || AFTER.matcher(text).region(end, p.end()).lookingAt()) {
                continue;
            }
            String body = m.group(1).toLowerCase(Locale.ROOT);
            Map<String, NamedMention> bodies = new LinkedHashMap<>();
            for (NamedMention o : named) {
                if (o.mention().end() > start) {
                    break;
                }
                if (o.actor().type() == ActorType.ORGANIZATION && body.equals(head(o.actor().name()))) {
                    bodies.put(o.actor().id(), o);
                }
            }
            if (bodies.size() == 1) {
                bodies.values().iterator().next().addReference(added, start, end, text);
            }
        }
    }

    /** The body word of a name: its last word, or the word before "of" ("Court of Arbitration"). */
    static String head(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals("of") && BODIES.contains(words[i - 1])) {
                return words[i - 1];
            }
        }
        return words[words.length - 1];
    }
}
