package io.toneline.analysis.actors;

import io.toneline.analysis.actors.AliasIndex.Hit;
import io.toneline.analysis.actors.Tokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds named organisations that are not in the gazetteer, with a deliberately narrow heuristic:
 * <ul>
 *   <li>a run of two or more capitalised words (joined by of / for / and / the / &amp;) that ends with an
 *       organisation word such as Ministry, Party, Bank, Corp or Times ("Goldman Sachs Group",
 *       "Russian Defence Ministry", "Communist Party");</li>
 *   <li>or a head word followed by "of" / "for" and capitalised words ("Ministry of Foreign Affairs",
 *       "Bank of England", "House of Commons");</li>
 *   <li>or a well-known news agency ("Reuters", "Associated Press").</li>
 * </ul>
 * A leading sentence word such as "The" or "In" is dropped. A government body (ministry, parliament,
 * agency...) is affiliated with the country named inside it or right before it ("Russia's Defence Ministry").
 */
final class OrgFinder {

    private static final Set<String> SUFFIXES = Set.of(
            "Inc", "Corp", "Corporation", "Ltd", "LLC", "PLC", "Plc", "Group", "Bank", "Ministry", "Agency",
            "Commission", "Council", "Committee", "Party", "Parliament", "Congress", "Senate", "Duma", "Knesset",
            "Institute", "Foundation", "Association", "Federation", "Court", "Department", "Office",
            "Organisation", "Organization", "Authority", "Service", "Fund", "Company", "Co", "Holdings", "Network",
            "Movement", "Front", "Alliance", "University", "Police", "Forces", "Army", "Navy", "Guard", "Brigade",
            "Times", "Post", "Journal", "News", "Airlines", "Airways", "Embassy", "Bureau", "Board", "Cabinet");

    /** Heads of "X of Y" names. */
    private static final Set<String> HEADS = Set.of(
            "Ministry", "Bank", "Department", "Court", "Council", "Office", "Commission", "Institute",
            "University", "Church", "League", "Federation", "Organisation", "Organization", "Party", "House",
            "Union", "Academy", "Chamber", "Board", "Bureau", "Embassy");

    /** Organisation words that make a body part of a state. */
    private static final Set<String> GOVERNMENT = Set.of(
            "Ministry", "Department", "Parliament", "Congress", "Senate", "Duma", "Knesset", "Cabinet", "Embassy",
            "Agency", "Police", "Forces", "Army", "Navy", "Guard", "Office", "Commission", "Council", "Court",
            "Bureau", "Service", "Authority", "House");

    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "on", "de", "du", "des", "la");

    /** Capitalised words that start sentences rather than names. Lower case. */
    private static final Set<String> NOT_FIRST = Set.of(
            "the", "a", "an", "in", "on", "at", "but", "and", "if", "when", "after", "before", "this", "that",
            "his", "her", "their", "its", "our", "while", "as", "by", "for", "from", "with", "under", "during",
            "meanwhile", "however", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "former", "both", "said", "says");

    private static final List<String> AGENCIES = List.of(
            "Reuters", "Associated Press", "AFP", "Agence France-Presse", "Bloomberg", "Xinhua", "TASS", "Tass",
            "Interfax", "RIA Novosti", "BBC", "CNN", "Al Jazeera", "Yonhap", "Kyodo", "Anadolu");

    private final AliasIndex<String> agencies = new AliasIndex<>();

    /** True when a news agency's name starts at {@code at} ("Xinhua" in "the official Xinhua news agency"). */
    static boolean agencyAt(String view, int at) {
        for (String a : AGENCIES) {
            int end = at + a.length();
            if (view.startsWith(a, at) && (end == view.length() || !Tokens.isWordChar(view.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    OrgFinder() {
        AGENCIES.forEach(a -> agencies.add(a, a, AliasIndex.defaultRule(a)));
    }

    List<Candidate> find(String view, List<Token> tokens, List<Hit<GazetteerRef>> gazHits,
            ActorDraft.Registry registry) {
        TreeMap<Integer, Hit<GazetteerRef>> countries = new TreeMap<>();
        for (Hit<GazetteerRef> h : gazHits) {
            if (h.value().entry() != null && h.value().entry().type() == ActorType.COUNTRY) {
                countries.put(h.start(), h);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Hit<String> h : agencies.scan(view)) {
            out.add(new Candidate(h.start(), h.end(), Candidate.ORGANIZATION, registry.org(h.value(), null)));
        }
        int i = 0;
        while (i < tokens.size()) {
            int runEnd = runEnd(tokens, i);
            candidate(view, tokens, i, runEnd, countries, registry, out);
            i = runEnd + 1;
        }
        return out;
    }

    /** Last index of the run of capitalised words and connectors starting at {@code from}. */
    private static int runEnd(List<Token> tokens, int from) {
        int k = from;
        while (k + 1 < tokens.size()) {
            Token prev = tokens.get(k);
            Token next = tokens.get(k + 1);
            boolean gap = next.joined() || next.sepBefore().strip().equals("&") && !next.sepBefore().contains("\n");
            boolean word = next.capitalised()
                    || (CONNECTORS.contains(next.text()) && k + 2 < tokens.size() && tokens.get(k + 2).capitalised());
            if (prev.possessive() || !gap || !word || !prev.capitalised() && !CONNECTORS.contains(prev.text())) {
                break;
            }
            k++;
        }
        return k;
    }

    private static void candidate(String view, List<Token> tokens, int from, int to,
            TreeMap<Integer, Hit<GazetteerRef>> countries, ActorDraft.Registry registry, List<Candidate> out) {
        int start = from;
        while (start <= to && (!tokens.get(start).capitalised()
                || NOT_FIRST.contains(tokens.get(start).text().toLowerCase(Locale.ROOT)))) {
            start++;
        }
        int end = -1;
        String head = null;
        for (int k = to; k > start && end < 0; k--) {
            String w = tokens.get(k).text();
            if (SUFFIXES.contains(w)) {
                end = k;
                head = w;
            }
        }
        for (int k = start; k < to; k++) {
            String w = tokens.get(k).text();
            String next = tokens.get(k + 1).text();
            if (HEADS.contains(w) && (next.equals("of") || next.equals("for")) && to > end) {
                end = to;
                head = w;
                break;
            }
        }
        if (end < 0 || !tokens.get(end).capitalised()) {
            return;
        }
        int words = 0;
        for (int k = start; k <= end; k++) {
            words += tokens.get(k).capitalised() ? 1 : 0;
        }
        if (words < 2) {
            return;
        }
        int s = tokens.get(start).start();
        int e = tokens.get(end).end();
        String affiliation = null;
        if (GOVERNMENT.contains(head)) {
            Map.Entry<Integer, Hit<GazetteerRef>> inside = countries.ceilingEntry(s);
            // "the Philippines Supreme Court": the country's alias may start before the body's first word
            Map.Entry<Integer, Hit<GazetteerRef>> across = countries.floorEntry(s);
            if (inside != null && inside.getValue().end() <= e) {
                affiliation = inside.getValue().value().entry().id();
            } else if (across != null && across.getValue().end() > s && across.getValue().end() <= e) {
                affiliation = across.getValue().value().entry().id();
            } else if (start > 0 && tokens.get(start - 1).possessive() && tokens.get(start).joined()) {
                Map.Entry<Integer, Hit<GazetteerRef>> before = countries.floorEntry(tokens.get(start - 1).start());
                if (before != null && before.getValue().end() == tokens.get(start - 1).end()) {
                    affiliation = before.getValue().value().entry().id();
                }
            }
        }
        String name = view.substring(s, e).replaceAll("\\s+", " ");
        out.add(new Candidate(s, e, Candidate.ORGANIZATION, registry.org(name, affiliation)));
    }
}
