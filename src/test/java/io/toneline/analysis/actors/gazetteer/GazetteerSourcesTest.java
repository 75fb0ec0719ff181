package io.toneline.analysis.actors.gazetteer;

import io.toneline.analysis.actors.ActorType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.neovisionaries.i18n.CountryCode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Checks the gazetteer's state facts against the ISO 3166-1 data of the nv-i18n package: every code
 * is assigned (Kosovo's XK is user-assigned), used once, and names the same state, i.e. the package's
 * English name shares its main word with one of the entry's names.
 */
class GazetteerSourcesTest {

    private static final Gazetteer G = Gazetteer.load();

    /** Where ISO's English name and the names news use share no word (checked by hand). */
    private static final Map<String, String> ISO_NAME_DIFFERS = Map.of(
            "VN", "Viet Nam / Vietnam", "LA", "Lao People's Democratic Republic / Laos",
            "TR", "Türkiye / Turkey", "CZ", "Czechia / Czech Republic", "TL", "Timor-Leste / East Timor",
            "VA", "Holy See / Vatican", "CV", "Cabo Verde / Cape Verde", "SZ", "Eswatini (ISO: Swaziland in older lists)",
            "MK", "Macedonia / North Macedonia");

    @Test
    void everyStateCodeIsAssignedUsedOnceAndNamesTheSameState() {
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (GazetteerEntry e : G.entries()) {
            if (e.type() != ActorType.COUNTRY || "former".equals(e.status())) {
                continue; // former states have no code in use
            }
            CountryCode code = CountryCode.getByCode(e.iso());
            if (code == null) {
                problems.add(e.id() + ": " + e.iso() + " is not an ISO 3166-1 code");
                continue;
            }
            if (!seen.add(e.iso())) {
                problems.add(e.id() + ": " + e.iso() + " used twice");
            }
            boolean assigned = code.getAssignment() == CountryCode.Assignment.OFFICIALLY_ASSIGNED
                    || (e.iso().equals("XK") && code.getAssignment() == CountryCode.Assignment.USER_ASSIGNED);
            if (!assigned) {
                problems.add(e.id() + ": " + e.iso() + " is " + code.getAssignment());
            }
            if (!ISO_NAME_DIFFERS.containsKey(e.iso()) && !sharesMainWord(code.getName(), e)) {
                problems.add(e.id() + ": ISO calls " + e.iso() + " '" + code.getName() + "'");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(198, seen.size());
    }

    private static boolean sharesMainWord(String isoName, GazetteerEntry e) {
        // "Korea, Republic of" -> "Korea"; "Iran, Islamic Republic of" -> "Iran"
        String main = fold(isoName.split(",")[0].replaceAll("\\(.*\\)", "").strip());
        List<String> names = new ArrayList<>(e.names());
        names.add(e.name());
        for (String n : names) {
            String f = fold(n);
            if (f.contains(main) || main.contains(f)) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('’', '\'')
                .toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
    }

    @Test
    void everyOrganisationOperatesInKnownStates() {
        for (GazetteerEntry e : G.entries()) {
            for (String state : e.operatesIn()) {
                GazetteerEntry s = G.byId(state).orElse(null);
                assertNotNull(s, e.id() + " operates in unknown " + state);
                assertTrue(s.type() == ActorType.COUNTRY, e.id() + " operates in " + state);
            }
        }
    }
}
