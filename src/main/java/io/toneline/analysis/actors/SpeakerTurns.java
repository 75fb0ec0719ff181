package io.toneline.analysis.actors;

import io.toneline.analysis.text.Paragraph;
import io.toneline.analysis.text.ParagraphKind;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transcripts of press briefings and joint appearances, as the State Department publishes them: a
 * paragraph that opens with a speaker label in capitals ("SECRETARY KERRY:", "FOREIGN MINISTER
 * DAVUTOGLU:") starts that speaker's turn, which runs through the body paragraphs after it until the next
 * label. The label, and the speaker's "I", "me" and "my" in the turn, resolve to the person the article
 * names with that surname; a label that names nobody the article knows ("QUESTION:", "MODERATOR:")
 * opens a turn of nobody. A statement signed in a byline with a title ("Ambassador Michele J. Sison")
 * is one turn of its signer, except what it quotes. "We" is left alone: a minister's "we" may be the government or both delegations.
 * Pure and thread-safe.
 */
final class SpeakerTurns {

    private static final Pattern LABEL = Pattern.compile("^((?:[A-Z][A-Z.'’-]*\\s+){0,4}([A-Z][A-Z'’-]+)):\\s");
    /** "I", "me", "my"; not the numeral of "World War I" or "Phase I". */
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "(?=[IMm])(?<!\\b(?:War|Phase|Part|Title|Class|Article|Chapter|Stage|Geneva|Round)\\s)\\b(?:I|[Mm]e|[Mm]y)\\b");

    private SpeakerTurns() {}

    /**
     * @param text the article
     * @param paragraphs its paragraphs
     * @param named every named mention of the article, by start
     * @param added where resolved mentions are collected, by actor id
     */
    static void resolve(String text, List<Paragraph> paragraphs, List<NamedMention> named,
            Map<String, List<Mention>> added) {
        NamedMention signed = signedBy(text, paragraphs, named);
        NamedMention speaker = signed;
        boolean body = false;
        for (Paragraph p : paragraphs) {
            if (p.kind() != ParagraphKind.BODY) {
                speaker = body ? null : signed; // clutter inside the text ends a turn; a byline above it does not
                continue;
            }
            body = true;
            Matcher label = LABEL.matcher(text).region(p.start(), p.end());
            int from = p.start();
            if (label.lookingAt()) {
                speaker = person(named, label.group(2));
                from = label.end();
                if (speaker != null && !NamedMention.overlaps(named, label.start(1), label.end(1))) {
                    speaker.addReference(added, label.start(1), label.end(1), text);
                }
            }
            if (speaker == null) {
                continue;
            }
            Matcher me = FIRST_PERSON.matcher(text).region(from, p.end());
            while (me.find()) {
                // in a signed statement, an "I" inside quotation marks is someone the speaker quotes
                boolean quoted = speaker == signed && insideQuotes(text, p.start(), me.start());
                if (!quoted && !NamedMention.overlaps(named, me.start(), me.end())) {
                    speaker.addReference(added, me.start(), me.end(), text);
                }
            }
        }
    }

    /**
     * A paragraph that is one quotation and nothing else continues the speaker of the paragraph before it
     * ("... al-Jubeir said." then "\u201cWe want to make it very clear ...\u201d"): the quote's "I", "me", "my",
     * "we", "our" and "us" resolve to the person the paragraph before last reported as speaking ("X said",
     * "said X", "He added" where "He" is X). Runs after the pronouns are resolved, which it reads in
     * {@code added}.
     *
     * @param text the article
     * @param paragraphs its paragraphs
     * @param named every named mention of the article, by start
     * @param added resolved mentions by actor id; the quotes' references are added to it
     */
    static void continuedQuotes(String text, List<Paragraph> paragraphs, List<NamedMention> named,
            Map<String, List<Mention>> added) {
        // every mention of a named person, by name or by a resolved reference, in text order, once
        Map<String, NamedMention> firstOf = new java.util.LinkedHashMap<>();
        List<Mention> mentions = new java.util.ArrayList<>();
        List<NamedMention> whose = new java.util.ArrayList<>();
        for (NamedMention o : named) {
            if (o.actor().type() == ActorType.PERSON) {
                firstOf.putIfAbsent(o.actor().id(), o);
            }
        }
        for (NamedMention o : named) {
            if (o.actor().type() == ActorType.PERSON) {
                mentions.add(o.mention());
                whose.add(firstOf.get(o.actor().id()));
            }
        }
        firstOf.forEach((id, first) -> added.getOrDefault(id, List.of()).forEach(m -> {
            mentions.add(m);
            whose.add(first);
        }));
        Integer[] order = new Integer[mentions.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> mentions.get(i).start()));
        int from = 0;
        for (int i = 1; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            Paragraph before = paragraphs.get(i - 1);
            while (from < order.length && mentions.get(order[from]).start() < before.start()) {
                from++;
            }
            if (p.kind() != ParagraphKind.BODY || before.kind() != ParagraphKind.BODY || !wholeQuote(p.text(text))) {
                continue;
            }
            NamedMention speaker = null;
            for (int k = from; k < order.length && mentions.get(order[k]).start() < before.end(); k++) {
                Mention m = mentions.get(order[k]);
                if (m.end() <= before.end() && spoke(text, before, m)) {
                    speaker = whose.get(order[k]); // the last one who spoke
                }
            }
            if (speaker == null) {
                continue;
            }
            Matcher me = QUOTED_FIRST_PERSON.matcher(text).region(p.start(), p.end());
            while (me.find()) {
                if (!NamedMention.overlaps(named, me.start(), me.end())) {
                    speaker.addReference(added, me.start(), me.end(), text);
                }
            }
        }
    }

    private static final Pattern QUOTED_FIRST_PERSON = Pattern.compile("\\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|us)\\b");

    /** "X said", "said X", "He added": the mention is reported as speaking, inside paragraph {@code p}. */
    private static boolean spoke(String text, Paragraph p, Mention m) {
        return ReferenceResolver.SPEECH_AFTER.matcher(text).region(m.end(), Math.min(p.end(), m.end() + 20)).lookingAt()
                || ReferenceResolver.SPEECH_BEFORE.matcher(text.substring(Math.max(p.start(), m.start() - 8), m.start()))
                        .find();
    }

    /** Opens with a quotation mark, closes with one, and no attribution stands between two quotes. */
    private static boolean wholeQuote(String t) {
        String s = t.strip();
        if (s.length() < 20 || "\"“".indexOf(s.charAt(0)) < 0 || "\"”".indexOf(s.charAt(s.length() - 1)) < 0) {
            return false;
        }
        int marks = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            marks += c == '"' || c == '“' || c == '”' ? 1 : 0;
        }
        return marks == 2;
    }

    /**
     * The person who signs a statement: a byline above the first body paragraph that names one person with
     * a title ("Ambassador Michele J. Sison"), in a text without speaker labels; else null. A reporter's
     * byline ("By Jane Doe") has no title and signs nothing.
     */
    private static NamedMention signedBy(String text, List<Paragraph> paragraphs, List<NamedMention> named) {
        NamedMention signer = null;
        for (Paragraph p : paragraphs) {
            if (p.kind() == ParagraphKind.BODY) {
                if (LABEL.matcher(text).region(p.start(), p.end()).lookingAt()) {
                    return null;
                }
                continue;
            }
            if (p.kind() != ParagraphKind.BYLINE && p.kind() != ParagraphKind.HEADING || signer != null) {
                continue;
            }
            for (NamedMention o : named) {
                // a byline naming a titled person, or a line that is nothing but that titled name
                boolean whole = o.mention().start() == p.start() && o.mention().end() == p.end();
                if (o.mention().start() >= p.start() && o.mention().end() <= p.end()
                        && (p.kind() == ParagraphKind.BYLINE || whole)
                        && o.actor().type() == ActorType.PERSON && !o.actor().roles().isEmpty()) {
                    if (signer != null) {
                        return null;
                    }
                    signer = o;
                }
            }
        }
        return signer;
    }

    /** True when an odd number of quotation marks stands between the paragraph's start and {@code at}. */
    private static boolean insideQuotes(String text, int from, int at) {
        int marks = 0;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    /** The first named mention of the one person whose surname the label gives; null for none or two. */
    private static NamedMention person(List<NamedMention> named, String surname) {
        String wanted = surname.toLowerCase(Locale.ROOT);
        NamedMention found = null;
        for (NamedMention o : named) {
            Actor a = o.actor();
            if (a.type() != ActorType.PERSON) {
                continue;
            }
            String[] words = a.name().toLowerCase(Locale.ROOT).split("\\s+");
            if (words[words.length - 1].equals(wanted)) {
                if (found != null && !found.actor().id().equals(a.id())) {
                    return null;
                }
                if (found == null) {
                    found = o;
                }
            }
        }
        return found;
    }
}
