package io.toneline.analysis.actors.gazetteer;

import io.toneline.analysis.actors.ActorType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {

    private static final Gazetteer G = Gazetteer.load();

    @Test
    void bundledResourceLoadsWithBroadCoverage() {
        assertEquals(G.entries(), Gazetteer.load().entries(), "each load reads the same file");
        long countries = G.entries().stream().filter(e -> e.type() == ActorType.COUNTRY).count();
        long orgs = G.entries().stream().filter(e -> e.type() == ActorType.ORGANIZATION).count();
        assertEquals(202, countries);
        assertTrue(orgs >= 150, "organisations: " + orgs);
        assertFalse(G.ignoredPhrases().isEmpty());
    }

    @Test
    void allUnMemberAndObserverStatesEachWithNameDemonymAndCapital() {
        java.util.Map<String, Long> byStatus = G.entries().stream().filter(e -> e.type() == ActorType.COUNTRY)
                .collect(java.util.stream.Collectors.groupingBy(GazetteerEntry::status,
                        java.util.stream.Collectors.counting()));
        assertEquals(193L, byStatus.get("un-member"));
        assertEquals(2L, byStatus.get("un-observer"));
        assertEquals(3L, byStatus.get("disputed"));
        assertEquals(4L, byStatus.get("former"));
        for (GazetteerEntry e : G.entries()) {
            if (e.type() == ActorType.COUNTRY) {
                assertTrue((e.iso() != null) != "former".equals(e.status()) && e.demonym() != null
                        && e.capital() != null, e.toString());
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1}, {2}, {3}, {4}")
    @CsvSource({
        "chad, TD, Chad, Chadian, N'Djamena",
        "cambodia, KH, Cambodia, Cambodian, Phnom Penh",
        "eritrea, ER, Eritrea, Eritrean, Asmara",
        "ivory-coast, CI, Ivory Coast, Ivorian, Yamoussoukro",
        "maldives, MV, Maldives, Maldivian, Male",
        "vatican, VA, Vatican, Vatican, Vatican City",
        "palestine, PS, Palestine, Palestinian, Ramallah",
        "kosovo, XK, Kosovo, Kosovar, Pristina",
        "united-states, US, United States, American, Washington"})
    void sampleOfStates(String id, String iso, String name, String demonym, String capital) {
        GazetteerEntry e = G.byId(id).orElseThrow();
        assertEquals(iso, e.iso());
        assertEquals(name, e.name());
        assertEquals(demonym, e.demonym());
        assertEquals(capital, e.capital());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Ndjamena, chad", "Phnom Penh, cambodia", "Asmara, eritrea", "Foggy Bottom, united-states",
        "Zhongnanhai, china", "UNESCO, unesco", "Fatah, fatah", "Boko Haram, boko-haram"})
    void findsNewEntriesByTheirNames(String surface, String id) {
        assertEquals(id, G.lookup(surface).map(GazetteerEntry::id).orElse(null));
    }

    @Test
    void factsMarkedWithATildeAreNeverMatched() {
        assertTrue(G.lookup("Male").isEmpty(), "'Male' must not find the Maldives");
        assertTrue(G.lookup("Victoria").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // G20 and permanent Security Council members
        "argentina", "australia", "brazil", "canada", "china", "france", "germany", "india", "indonesia",
        "italy", "japan", "mexico", "russia", "saudi-arabia", "south-africa", "south-korea", "turkey",
        "united-kingdom", "united-states",
        // EU members
        "austria", "belgium", "bulgaria", "croatia", "cyprus", "czech-republic", "denmark", "estonia",
        "finland", "greece", "hungary", "ireland", "latvia", "lithuania", "luxembourg", "malta", "netherlands",
        "poland", "portugal", "romania", "slovakia", "slovenia", "spain", "sweden",
        // other states in the brief
        "ukraine", "israel", "iran", "palestine", "syria", "iraq", "afghanistan", "pakistan", "north-korea",
        "taiwan", "venezuela", "cuba", "united-arab-emirates", "qatar", "egypt", "belarus", "serbia", "georgia",
        "armenia", "azerbaijan", "ethiopia", "nigeria", "kenya", "sudan", "yemen", "libya", "lebanon", "jordan",
        "vietnam", "philippines", "myanmar", "thailand", "colombia", "chile", "new-zealand",
        // organisations
        "un", "nato", "eu", "who", "imf", "world-bank", "wto", "opec", "g7", "g20", "asean", "african-union",
        "osce", "iaea", "icc", "icj", "unhcr", "unicef", "icrc", "hamas", "hezbollah", "taliban", "arab-league",
        "brics", "un-security-council"})
    void coversRequiredIds(String id) {
        assertTrue(G.byId(id).isPresent(), id);
    }

    @Test
    void theStatesWhoseDemonymIsNotMatchedAreTheFewWithACollision() {
        List<String> without = G.entries().stream()
                .filter(e -> e.type() == ActorType.COUNTRY && e.demonyms().isEmpty())
                .map(GazetteerEntry::id).toList();
        assertEquals(List.of("vatican", "new-zealand", "liechtenstein", "dominica", "congo-brazzaville",
                "micronesia", "solomon-islands"), without);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "the Kremlin, russia", "Kremlin, russia", "Moscow, russia", "russian federation, russia",
        "US, united-states", "the White House, united-states", "Pentagon, united-states",
        "Downing Street, united-kingdom", "Élysée, france", "the Elysee, france", "Kiev, ukraine",
        "Kyiv, ukraine", "Brussels, eu", "European Commission, eu", "nato, nato", "Security Council, un-security-council",
        "Zhongnanhai, china", "Tehran, iran", "Jerusalem, israel", "Ankara, turkey", "New Delhi, india"})
    void looksUpNames(String name, String id) {
        assertEquals(id, G.lookup(name).map(GazetteerEntry::id).orElse(null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Russian, russia", "American, united-states", "British, united-kingdom", "Chinese, china",
        "South Korean, south-korea", "North Korean, north-korea", "Emirati, united-arab-emirates",
        "Saudi, saudi-arabia", "Dutch, netherlands", "Palestinian, palestine"})
    void looksUpDemonyms(String demonym, String id) {
        assertEquals(id, G.byDemonym(demonym).map(GazetteerEntry::id).orElse(null));
    }

    @Test
    void demonymsAreNotNames() {
        assertTrue(G.lookup("Russian").isEmpty());
    }

    @Test
    void parsesAMinimalFile() {
        String tsv = "# comment\n\nfooland\tcountry\tFooland\tFL|the Foo\tFoolish\tFootown\t-\n"
                + "bar\torganization\tBar Org\n"
                + "ignore-x\tignore\tFoo Sea\n";
        Gazetteer g = Gazetteer.parse(new StringReader(tsv));
        assertEquals(2, g.entries().size());
        GazetteerEntry foo = g.byId("fooland").orElseThrow();
        assertEquals(List.of("Fooland", "FL", "the Foo", "Footown"), foo.names());
        assertEquals(List.of("Foolish"), foo.demonyms());
        assertEquals(List.of(), g.byId("bar").orElseThrow().demonyms());
        assertEquals(List.of("Foo Sea"), g.ignoredPhrases());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a\tcountry\tA\tX\nb\tcountry\tB\tX\n",       // alias used twice
        "a\tcountry\tA\na\tcountry\tAA\n",            // duplicate id
        "a\tplanet\tA\n",                              // unknown type
        "Bad Id\tcountry\tA\n",                        // id not a slug
        "a\tcountry\n"})                               // no name
    void rejectsBadRows(String tsv) {
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.parse(new StringReader(tsv)));
    }
}
