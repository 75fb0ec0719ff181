package io.toneline.analysis.actors;

import io.toneline.analysis.actors.Tokens.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Matches the person titles of {@link Lexicon#TITLES} against tokens, longest title first. */
final class TitleMatcher {

    private final List<List<String>> titles = new ArrayList<>();
    private final Set<String> titleWords = new HashSet<>();

    TitleMatcher() {
        for (String t : Lexicon.TITLES) {
            List<String> words = Tokens.of(t).stream().map(Token::text).toList();
            titles.add(words);
            words.forEach(w -> titleWords.add(w.toLowerCase(Locale.ROOT)));
        }
    }

    /** True for any word that is part of a title ("Minister", "Mayor"). */
    boolean isTitleWord(String word) {
        return titleWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Index after the title starting at token {@code at}, or -1. */
    int match(List<Token> tokens, int at) {
        for (List<String> title : titles) {
            if (at + title.size() > tokens.size()) {
                continue;
            }
            boolean exact = Lexicon.ABBREVIATED_TITLES.contains(String.join(" ", title));
            boolean ok = true;
            for (int j = 0; j < title.size() && ok; j++) {
                Token t = tokens.get(at + j);
                // "ex-president Ali Abdullah Saleh": the title inside the hyphenated word
                String text = j == 0 && !exact && t.text().regionMatches(true, 0, "ex-", 0, 3) ? t.text().substring(3)
                        : t.text();
                ok = (exact ? text.equals(title.get(j)) : text.equalsIgnoreCase(title.get(j)))
                        && (j == 0 || t.joined()) && (j == title.size() - 1 || !t.possessive());
            }
            if (ok && !tokens.get(at + title.size() - 1).possessive()) {
                return at + title.size();
            }
        }
        return -1;
    }
}
