package io.toneline.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toneline.errors.InvalidInputException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one page-size rule of every list. */
class PageSizeTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"null, 100", "'', 100", "1, 1", "250, 250", "1000, 1000"})
    void acceptsOneToAThousandAndDefaultsToAHundred(String value, int size) {
        assertEquals(size, PageSize.parse(value));
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "1001", "abc", "1.5", "99999999999", "' 5'"})
    void refusesEverythingElseWithOneMessage(String value) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PageSize.parse(value));
        assertEquals("limit must be a whole number from 1 to 1000", e.getMessage());
    }
}
