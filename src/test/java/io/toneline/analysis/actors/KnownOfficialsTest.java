package io.toneline.analysis.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The state of a titled person named without one: name words, titles, expected gazetteer id ("" = none). */
class KnownOfficialsTest {

    private static final KnownOfficials KNOWN = KnownOfficials.load();

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Joe Biden           | president      | united-states
            Barack Obama        | mr             | united-states
            Obama               | president      | united-states
            Kerry               | secretary      | united-states
            Xi                  | president      | china
            Recep Tayyip Erdogan| president      | turkey
            Tayyip Erdogan      | president      | turkey
            Emmanuel Macron     |                | france
            Francois Hollande   | president      | france
            Volodymyr Zelenskiy | president      | ukraine
            Obama               | mr             | ''
            Kim                 | president      | ''
            Brown               | ambassador     | ''
            Jane Roe            | president      | ''
            """)
    void statesOfTitledPeople(String name, String role, String expected) {
        Set<String> roles = role == null ? Set.of() : Set.of(role);
        String state = KNOWN.stateOf(List.of(name.trim().split(" ")), roles);
        assertEquals(expected == null ? "" : expected, state == null ? "" : state);
    }
}
