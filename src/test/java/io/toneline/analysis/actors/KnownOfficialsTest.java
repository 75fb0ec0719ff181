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

    /** A listed whole name without a title: text, the word it may start at, the name found ("" = none). */
    @ParameterizedTest(name = "{0} @{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            the late Hugo Chavez said                    | 2 | Hugo Chavez
            spoke to Aung San Suu Kyi on Monday          | 2 | Aung San Suu Kyi
            the late Hugo Chávez's rule                  | 2 | Hugo Chávez
            met Xi Jinping's envoy                       | 1 | Xi Jinping
            the hugo chavez stadium                      | 1 | ''
            Hugo, Chavez and others                      | 0 | ''
            Hugo Boss said                               | 0 | ''
            Chavez said                                  | 0 | ''
            Aung San said                                | 0 | ''
            """)
    void wholeNamesWithoutTitle(String text, int at, String expected) {
        List<Tokens.Token> tokens = Tokens.of(text);
        int end = KNOWN.fullNameAt(tokens, at);
        String found = end < 0 ? "" : text.substring(tokens.get(at).start(), tokens.get(end - 1).end());
        assertEquals(expected == null ? "" : expected, found);
    }
}
