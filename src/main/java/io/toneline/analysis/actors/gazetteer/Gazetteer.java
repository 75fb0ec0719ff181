package io.toneline.analysis.actors.gazetteer;

import io.toneline.analysis.actors.ActorType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * States and international organisations with their aliases, read from {@code gazetteer.tsv} next to this
 * class. The file's header documents the columns; every alias belongs to exactly one entry.
 */
public final class Gazetteer {

    private static final String RESOURCE = "gazetteer.tsv";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final List<GazetteerEntry> entries;
    private final Map<String, GazetteerEntry> byId = new LinkedHashMap<>();
    /** Alias exactly as written → entry, for names and demonyms alike. */
    private final Map<String, GazetteerEntry> byName = new HashMap<>();
    private final Map<String, GazetteerEntry> byDemonym = new HashMap<>();
    private final List<String> ignoredPhrases;

    private Gazetteer(List<GazetteerEntry> entries, List<String> ignoredPhrases) {
        this.entries = List.copyOf(entries);
        this.ignoredPhrases = List.copyOf(ignoredPhrases);
        for (GazetteerEntry e : entries) {
            byId.put(e.id(), e);
            e.names().forEach(n -> byName.put(n, e));
            e.demonyms().forEach(d -> byDemonym.put(d, e));
        }
    }

    /**
     * Reads the gazetteer bundled with the application. Each call parses the file again: keep the result
     * (the service has one, produced by {@code io.toneline.analysis.GazetteerProducer}); it is immutable.
     *
     * @return the bundled gazetteer
     * @throws IllegalStateException when the resource is missing
     * @throws UncheckedIOException when reading it fails
     */
    public static Gazetteer load() {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses gazetteer rows in the format documented in {@code gazetteer.tsv}.
     *
     * @param reader UTF-8 text; not closed
     * @return the gazetteer
     * @throws IllegalArgumentException for a malformed row, a duplicate id or an alias used twice
     * @throws UncheckedIOException when reading fails
     */
    public static Gazetteer parse(Reader reader) {
        List<GazetteerEntry> entries = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        Map<String, String> owner = new HashMap<>(); // alias → id, to reject an alias used twice
        BufferedReader in = new BufferedReader(reader);
        int lineNo = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = Arrays.copyOf(line.split("\t", -1), 10);
                String id = cell(cols[0]);
                String type = cell(cols[1]);
                String name = cell(cols[2]);
                if (id == null || !ID.matcher(id).matches() || name == null || type == null) {
                    throw new IllegalArgumentException("line " + lineNo + ": need id, type and name");
                }
                List<String> shortForms = list(cols[3]);
                List<String> demonymCells = list(cols[4]);
                List<String> seatCells = list(cols[5]);
                List<String> demonyms = matched(demonymCells);
                List<String> seats = matched(seatCells);
                List<String> formal = list(cols[6]);
                String iso = cell(cols[7]);
                String status = cell(cols[8]);
                List<String> operates = list(cols[9]);
                if (iso != null && !iso.matches("[A-Z]{2}")) {
                    throw new IllegalArgumentException("line " + lineNo + ": iso must be an ISO 3166-1 alpha-2 code");
                }
                if (status != null && !GazetteerEntry.STATUSES.contains(status)) {
                    throw new IllegalArgumentException("line " + lineNo + ": status must be one of "
                            + GazetteerEntry.STATUSES);
                }
                List<String> all = new ArrayList<>();
                all.add(name);
                all.addAll(shortForms);
                all.addAll(demonyms);
                all.addAll(seats);
                all.addAll(formal);
                for (String alias : all.stream().distinct().toList()) {
                    String previous = owner.putIfAbsent(alias, id);
                    if (previous != null) {
                        throw new IllegalArgumentException(
                                "line " + lineNo + ": alias '" + alias + "' already belongs to " + previous);
                    }
                }
                if (owner.containsKey("#id:" + id)) {
                    throw new IllegalArgumentException("line " + lineNo + ": duplicate id " + id);
                }
                owner.put("#id:" + id, id);
                switch (type.toLowerCase(Locale.ROOT)) {
                    case "country" -> entries.add(
                            new GazetteerEntry(id, ActorType.COUNTRY, name, shortForms, demonyms, seats, formal,
                                    iso, status, operates, fact(seatCells), fact(demonymCells)));
                    case "organization", "organisation" -> entries.add(new GazetteerEntry(
                            id, ActorType.ORGANIZATION, name, shortForms, demonyms, seats, formal, iso, status,
                            operates, fact(seatCells), fact(demonymCells)));
                    case "ignore" -> all.stream().distinct().forEach(ignored::add);
                    default -> throw new IllegalArgumentException("line " + lineNo + ": unknown type " + type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gazetteer(entries, ignored);
    }

    private static String cell(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        return s.isEmpty() || s.equals("-") ? null : s;
    }

    /** The values that are matched in text: all but the '~' facts. */
    private static List<String> matched(List<String> cells) {
        return cells.stream().filter(c -> !c.startsWith("~")).toList();
    }

    /** The first value, matched or not, without its '~'. */
    private static String fact(List<String> cells) {
        return cells.isEmpty() ? null : cells.get(0).replaceFirst("^~", "");
    }

    private static List<String> list(String raw) {
        String s = cell(raw);
        if (s == null) {
            return List.of();
        }
        return Arrays.stream(s.split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
    }

    /**
     * All states and organisations, in file order.
     *
     * @return the entries
     */
    public List<GazetteerEntry> entries() {
        return entries;
    }

    /**
     * Phrases from {@code ignore} rows: they shadow shorter aliases and produce no mention.
     *
     * @return the phrases
     */
    public List<String> ignoredPhrases() {
        return ignoredPhrases;
    }

    /**
     * Finds an entry by id.
     *
     * @param id gazetteer id such as {@code russia}
     * @return the entry, if any
     */
    public Optional<GazetteerEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Finds the entry a name refers to: exact alias first, then ignoring case and a leading "the", then the id.
     * Demonyms are not names and are not looked up here.
     *
     * @param surface a name such as "Kremlin", "united states" or "nato"
     * @return the entry, if any
     */
    public Optional<GazetteerEntry> lookup(String surface) {
        if (surface == null) {
            return Optional.empty();
        }
        String s = surface.strip();
        GazetteerEntry exact = byName.get(s);
        if (exact != null) {
            return Optional.of(exact);
        }
        String key = stripThe(s).toLowerCase(Locale.ROOT);
        for (GazetteerEntry e : entries) {
            if (e.id().equals(key)) {
                return Optional.of(e);
            }
            for (String n : e.names()) {
                if (stripThe(n).toLowerCase(Locale.ROOT).equals(key)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the state or organisation a demonym belongs to.
     *
     * @param demonym an adjective exactly as listed, such as "Russian" or "South Korean"
     * @return the entry, if any
     */
    public Optional<GazetteerEntry> byDemonym(String demonym) {
        return Optional.ofNullable(byDemonym.get(demonym));
    }

    private static String stripThe(String s) {
        return s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4).strip() : s;
    }
}
