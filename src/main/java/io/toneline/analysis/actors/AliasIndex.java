package io.toneline.analysis.actors;

import io.toneline.analysis.text.Chars;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds whole-word occurrences of many aliases, longest match first. A space in an alias matches any run of
 * whitespace with at most one line break, so names broken across hard-wrapped lines are still found. Unless
 * case is ignored altogether, an alias also matches in full capitals ("KYIV" in a dateline).
 *
 * @param <T> what an alias stands for
 */
final class AliasIndex<T> {

    /** How an alias compares with the text. */
    enum CaseRule {
        /** Character for character. */
        EXACT,
        /** Exact except the first letter, so "the Kremlin" also matches "The Kremlin". */
        FIRST_LETTER,
        /** Case-insensitive. */
        IGNORE
    }

    /** An occurrence: [start, end) in the text. */
    record Hit<T>(int start, int end, T value, String alias) {
    }

    private record Alias<T>(String text, T value, CaseRule rule) {
    }

    private final Map<String, List<Alias<T>>> byFirstWord = new HashMap<>();

    /** Picks the gazetteer's default rule: acronyms exact, multiword names first-letter, single words exact. */
    static CaseRule defaultRule(String alias) {
        if (alias.chars().noneMatch(Character::isLowerCase)) {
            return CaseRule.EXACT;
        }
        return alias.indexOf(' ') > 0 ? CaseRule.FIRST_LETTER : CaseRule.EXACT;
    }

    void add(String alias, T value, CaseRule rule) {
        String a = Tokens.view(alias.strip()).replaceAll("\\s+", " ");
        if (a.isEmpty() || !Tokens.isWordChar(a.charAt(0))) {
            return;
        }
        List<Alias<T>> list = byFirstWord.computeIfAbsent(firstWord(a, 0), k -> new ArrayList<>());
        list.add(new Alias<>(a, value, rule));
        String upper = a.toUpperCase(Locale.ROOT);
        if (rule != CaseRule.IGNORE && !upper.equals(a)) {
            list.add(new Alias<>(upper, value, CaseRule.EXACT)); // datelines and headlines: "KYIV", "RUSSIA WARNS"
        }
    }

    /** Greedy left-to-right scan: at each word start the longest alias wins, and hits never overlap. */
    List<Hit<T>> scan(String view) {
        List<Hit<T>> hits = new ArrayList<>();
        int n = view.length();
        int i = 0;
        while (i < n) {
            if (Tokens.isWordChar(view.charAt(i)) && (i == 0 || !Tokens.isWordChar(view.charAt(i - 1)))) {
                Hit<T> hit = longestAt(view, i);
                if (hit != null) {
                    hits.add(hit);
                    i = hit.end();
                    continue;
                }
            }
            i++;
        }
        return hits;
    }

    /** The longest alias starting exactly at {@code pos}, or null. */
    Hit<T> longestAt(String view, int pos) {
        List<Alias<T>> candidates = byFirstWord.get(firstWord(view, pos));
        if (candidates == null) {
            return null;
        }
        Hit<T> best = null;
        for (Alias<T> a : candidates) {
            int end = matchAt(view, pos, a);
            if (end > 0 && (best == null || end > best.end())) {
                best = new Hit<>(pos, end, a.value(), a.text());
            }
        }
        return best;
    }

    private static String firstWord(String s, int from) {
        int e = from;
        while (e < s.length() && Tokens.isWordChar(s.charAt(e))) {
            e++;
        }
        return s.substring(from, e).toLowerCase(Locale.ROOT);
    }

    /** End offset of the alias matched at pos, or -1. */
    private static int matchAt(String view, int pos, Alias<?> alias) {
        String a = alias.text();
        int i = pos;
        for (int k = 0; k < a.length(); k++) {
            char ac = a.charAt(k);
            if (ac == ' ') {
                int gapStart = i;
                while (i < view.length() && Chars.isSpace(view.charAt(i))) {
                    i++;
                }
                if (i == gapStart || !Tokens.isPlainGap(view.substring(gapStart, i))) {
                    return -1;
                }
                continue;
            }
            if (i >= view.length()) {
                return -1;
            }
            char tc = view.charAt(i);
            boolean same = tc == ac
                    || ((alias.rule() == CaseRule.IGNORE || (alias.rule() == CaseRule.FIRST_LETTER && k == 0))
                    && Character.toLowerCase(tc) == Character.toLowerCase(ac));
            if (!same) {
                return -1;
            }
            i++;
        }
        if (i < view.length() && Tokens.isWordChar(view.charAt(i))) {
            return -1; // whole words only: "US" must not match inside "USA" or "BUS"
        }
        return i;
    }
}
