package io.toneline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every figure in answers has four decimals. */
class FiguresTest {

    @ParameterizedTest
    @CsvSource({"0.123449, 0.1234", "0.12346, 0.1235", "-0.12346, -0.1235", "-0.123449, -0.1234", "1.0, 1.0",
        "0.0, 0.0", "0.99996, 1.0", "0.5, 0.5"})
    void roundsToFourDecimals(double value, double rounded) {
        assertEquals(rounded, Figures.round(value));
    }
}
