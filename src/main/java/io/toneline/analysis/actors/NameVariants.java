package io.toneline.analysis.actors;

import io.toneline.analysis.actors.Tokens.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Spelling variants of a surname within one article ("Sundaravej" / "Sundarvej"): capitalised words of
 * the article within edit distance 1 (surnames of 6 to 8 letters) or 2 (9 letters or more) of the
 * surname, with the same first letter. Shorter surnames get none: "Kim" and "Kin" are different people.
 * The caller accepts a variant only where the text writes it after the person's first name or a title.
 */
public final class NameVariants {

    private static final int MIN_LENGTH = 6;

    private NameVariants() {}

    /**
     * The name words of a text, each with the words seen right before it, and grouped by first letter and
     * length so that looking for a surname's variants reads only the few words that could be one.
     *
     * @param before name word to the words seen right before it
     * @param buckets first letter and length to the name words
     */
    record Index(Map<String, Set<String>> before, Map<String, List<String>> buckets) {}

    /**
     * @param tokens the article's tokens
     * @param nameWord which tokens may be part of a name
     * @return the index of the text's name words
     */
    static Index index(List<Token> tokens, Predicate<Token> nameWord) {
        Map<String, Set<String>> before = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (nameWord.test(t)) {
                Set<String> b = before.computeIfAbsent(t.text(), k -> new HashSet<>());
                if (i > 0 && t.joined()) {
                    b.add(tokens.get(i - 1).text());
                }
            }
        }
        Map<String, List<String>> buckets = new HashMap<>();
        for (String w : before.keySet()) {
            buckets.computeIfAbsent(bucket(w.charAt(0), w.length()), k -> new ArrayList<>()).add(w);
        }
        return new Index(before, buckets);
    }

    private static String bucket(char first, int length) {
        return first + ":" + length;
    }

    /**
     * The aliases to add for a person: each variant written after the person's given name or a title
     * ("Samak Sundarvej", "Prime Minister Sundarvej"), alone and with the given name.
     *
     * @param surname the person's surname
     * @param given the person's given name, or null
     * @param words {@link #index} of the article
     * @param title which words are titles
     * @return the aliases
     */
    static List<String> accepted(String surname, String given, Index words, Predicate<String> title) {
        List<String> out = new ArrayList<>();
        if (surname.length() < MIN_LENGTH) {
            return out;
        }
        List<String> near = new ArrayList<>();
        for (int d = -2; d <= 2; d++) {
            near.addAll(words.buckets().getOrDefault(bucket(surname.charAt(0), surname.length() + d), List.of()));
        }
        for (String variant : of(surname, near)) {
            Set<String> before = words.before().get(variant);
            if (before.contains(given) || before.stream().anyMatch(title)) {
                out.add(variant);
                if (given != null) {
                    out.add(given + " " + variant);
                }
            }
        }
        return out;
    }

    /**
     * @param surname a person's surname
     * @param words the article's capitalised words
     * @return the variants found, never the surname itself
     */
    static List<String> of(String surname, java.util.Collection<String> words) {
        List<String> out = new ArrayList<>();
        if (surname.length() < MIN_LENGTH) {
            return out;
        }
        int allowed = surname.length() >= 9 ? 2 : 1;
        for (String w : words) {
            if (!w.equals(surname) && w.charAt(0) == surname.charAt(0)
                    && Math.abs(w.length() - surname.length()) <= allowed && distance(surname, w, allowed) <= allowed) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Levenshtein distance, stopping early once every path exceeds {@code limit}.
     *
     * @param a one word
     * @param b another
     * @param limit the largest distance of interest
     * @return the distance, or a number above {@code limit} when it is larger
     */
    public static int distance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int best = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                best = Math.min(best, cur[j]);
            }
            if (best > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
