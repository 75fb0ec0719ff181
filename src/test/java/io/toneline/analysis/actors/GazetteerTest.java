package io.toneline.analysis.actors;

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
    void bundledResourceLoadsOnceWithBroadCoverage() {
        assertTrue(G == Gazetteer.load());
        long countries = G.entries().stream().filter(e -> e.type() == ActorType.COUNTRY).count();
        long orgs = G.entries().stream().filter(e -> e.type() == ActorType.ORGANIZATION).count();
        assertTrue(countries >= 70, "countries: " + countries);
        assertTrue(orgs >= 25, "organisations: " + orgs);
        assertFalse(G.ignoredPhrases().isEmpty());
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
    void everyCountryHasADemonymExceptTheFewWithout() {
        List<String> without = G.entries().stream()
                .filter(e -> e.type() == ActorType.COUNTRY && e.demonyms().isEmpty())
                .map(GazetteerEntry::id).toList();
        assertEquals(List.of("vatican", "new-zealand"), without);
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
