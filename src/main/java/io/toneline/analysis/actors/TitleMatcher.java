package io.toneline.analysis.actors;

import io.toneline.analysis.actors.Tokens.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Matches the person titles of {@link Lexicon#TITLES} against tokens, longest title first. */
final class TitleMatcher {

    /** A title's words and whether it must match case-sensitively (abbreviations such as "PM"). */
    private record Title(int order, List<String> words, boolean exact) {}

    /**
     * Titles by their first word, lower-cased, each list in {@link Lexicon#TITLES} order. Only titles
     * whose first word matches can match, so a token looks at a handful of titles instead of hundreds
     * (the scan over every title was most of an article's text work).
     */
    private final Map<String, List<Title>> byFirstWord = new HashMap<>();
    private final Set<String> titleWords = new HashSet<>();

    TitleMatcher() {
        int order = 0;
        for (String t : Lexicon.TITLES) {
            List<String> words = Tokens.of(t).stream().map(Token::text).toList();
            Title title = new Title(order++, words, Lexicon.ABBREVIATED_TITLES.contains(String.join(" ", words)));
            byFirstWord.computeIfAbsent(lower(words.get(0)), k -> new ArrayList<>()).add(title);
            words.forEach(w -> titleWords.add(lower(w)));
        }
    }

    /** True for any word that is part of a title ("Minister", "Mayor"). */
    boolean isTitleWord(String word) {
        return titleWords.contains(lower(word));
    }

    /** Index after the title starting at token {@code at}, or -1. */
    int match(List<Token> tokens, int at) {
        String first = tokens.get(at).text();
        List<Title> plain = byFirstWord.getOrDefault(lower(first), List.of());
        // "ex-president Ali Abdullah Saleh": the title inside the hyphenated word
        List<Title> ex = first.length() > 3 && first.regionMatches(true, 0, "ex-", 0, 3)
                ? byFirstWord.getOrDefault(lower(first.substring(3)), List.of()) : List.of();
        int i = 0;
        int j = 0;
        while (i < plain.size() || j < ex.size()) {
            Title next = j >= ex.size() || i < plain.size() && plain.get(i).order() < ex.get(j).order()
                    ? plain.get(i++) : ex.get(j++);
            if (matches(next, tokens, at)) {
                return at + next.words().size();
            }
        }
        return -1;
    }

    private static boolean matches(Title title, List<Token> tokens, int at) {
        List<String> words = title.words();
        if (at + words.size() > tokens.size()) {
            return false;
        }
        for (int j = 0; j < words.size(); j++) {
            Token t = tokens.get(at + j);
            String text = j == 0 && !title.exact() && t.text().regionMatches(true, 0, "ex-", 0, 3)
                    ? t.text().substring(3) : t.text();
            boolean ok = (title.exact() ? text.equals(words.get(j)) : text.equalsIgnoreCase(words.get(j)))
                    && (j == 0 || t.joined()) && (j == words.size() - 1 || !t.possessive());
            if (!ok) {
                return false;
            }
        }
        return !tokens.get(at + words.size() - 1).possessive();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
