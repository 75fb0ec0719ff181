package io.toneline.analysis.actors;

import io.toneline.analysis.actors.AliasIndex.Hit;
import io.toneline.analysis.actors.Tokens.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * People named before their title, in an apposition: "Markus Loening, Germany's highest ranking envoy
 * to visit Minsk, said ...", "Mauricio Macri, the president of Argentina, told reporters". The name is
 * two to four capitalised words right before ", "; the apposition must reach a title of
 * {@link Lexicon#TITLES} (or "head of", "chief of") within six words, before any other punctuation. A state named inside the
 * apposition ("Germany's", "of Argentina") is the person's affiliation. Not after a preposition of place
 * ("in New York, the city's mayor") and not over a name the gazetteer knows. Pure and thread-safe.
 */
final class AppositivePeople {

    /** What the title pass of {@link PersonFinder} needs to know of one person found here. */
    record Found(int start, int end, List<String> name, String affiliation, String role) {}

    private static final int MAX_NAME_WORDS = 4;
    private static final int REACH = 6;
    /** Words that make a title with "of" after them, in an apposition only ("head of the agency"). */
    private static final java.util.Set<String> HEADS = java.util.Set.of("head", "chief", "leader");
    private static final Pattern COMMA = Pattern.compile(",\\s+");
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("to", "of", "for", "with", "by",
            "from", "at", "in", "on", "under", "and", "or", "who", "which", "whose");
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)\\b(?:in|at|from|to|near|of)\\s*$");

    private AppositivePeople() {}

    /**
     * @param view the text prepared for matching
     * @param tokens its tokens
     * @param hitsByEnd the gazetteer's hits by end offset
     * @param titles the title matcher
     * @param nameWord whether a token may be part of a person's name (first word or not)
     * @return the people found, left to right
     */
    static List<Found> find(String view, List<Token> tokens, Map<Integer, Hit<GazetteerRef>> hitsByEnd,
            TitleMatcher titles, BiPredicate<Token, Boolean> nameWord) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!nameWord.test(tokens.get(i), true) || (i > 0 && tokens.get(i).joined()
                    && nameWord.test(tokens.get(i - 1), false))) {
                continue; // a name starts here, not inside another
            }
            int k = i + 1;
            while (k < tokens.size() && k - i < MAX_NAME_WORDS && tokens.get(k).joined()
                    && !tokens.get(k - 1).possessive() && nameWord.test(tokens.get(k), false)) {
                k++;
            }
            boolean listed = i > 0 && COMMA.matcher(tokens.get(i).sepBefore()).matches()
                    && titles.isTitleWord(tokens.get(i - 1).text()); // "Chief of Staff, Name, President of ...": a list
            if (listed || k - i < 2 || k >= tokens.size() || tokens.get(k - 1).possessive()
                    || !COMMA.matcher(tokens.get(k).sepBefore()).matches() || known(hitsByEnd, tokens, i, k)
                    || PLACE_BEFORE.matcher(view.substring(Math.max(0, tokens.get(i).start() - 8),
                            tokens.get(i).start())).find()) {
                continue;
            }
            for (int j = k; j < Math.min(tokens.size(), k + REACH); j++) {
                if (j > k && !tokens.get(j).joined() && !tokens.get(j - 1).possessive()
                        || PREPOSITIONS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
                    break; // other punctuation ends the apposition; "assistant to the president" is not one
                }
                int titleEnd = titles.match(tokens, j);
                if (titleEnd < 0 && j + 1 < tokens.size() && HEADS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))
                        && tokens.get(j + 1).text().equals("of")) {
                    titleEnd = j + 1; // "Jane Doe, deputy head of the maritime agency"
                }
                if (titleEnd > 0 && titleEnd < tokens.size() && tokens.get(titleEnd).joined()
                        && nameWord.test(tokens.get(titleEnd), true)) {
                    break; // "U.S. Central Command, General James Mattis": the apposition names another person
                }
                if (titleEnd > 0) {
                    List<String> name = tokens.subList(i, k).stream().map(Token::text).toList();
                    String role = view.substring(tokens.get(j).start(), tokens.get(titleEnd - 1).end())
                            .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                    int reach = titleEnd + 3 < tokens.size() ? tokens.get(titleEnd + 2).end() : view.length();
                    out.add(new Found(tokens.get(i).start(), tokens.get(k - 1).end(), name,
                            state(hitsByEnd, tokens.get(k).start(), reach), role));
                    break;
                }
            }
            i = k - 1;
        }
        return out;
    }

    /** True when the gazetteer names something that ends inside the name. */
    private static boolean known(Map<Integer, Hit<GazetteerRef>> hitsByEnd, List<Token> tokens, int from, int to) {
        for (int t = from; t < to; t++) {
            Hit<GazetteerRef> h = hitsByEnd.get(tokens.get(t).end());
            if (h != null && h.start() < tokens.get(to - 1).end()) {
                return true;
            }
        }
        return false;
    }

    /** The first state the gazetteer finds in [from, to): "Germany's", "the president of Argentina". */
    private static String state(Map<Integer, Hit<GazetteerRef>> hitsByEnd, int from, int to) {
        Hit<GazetteerRef> first = null;
        for (Hit<GazetteerRef> h : hitsByEnd.values()) {
            if (h.start() >= from && h.end() <= to && h.value().entry().type() == ActorType.COUNTRY
                    && (first == null || h.start() < first.start())) {
                first = h;
            }
        }
        return first == null ? null : first.value().entry().id();
    }
}
