package dev.drainhunt.grading;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the strings a pattern's matches must hold with expressions built of the subset's pieces and texts of their
 * letters: a pattern that finds a match is never ruled out. The seeds in RequiredLiteralsFuzzTestInputs run in every
 * build; {@code bench/fuzz.sh} fuzzes for minutes.
 */
class RequiredLiteralsFuzzTest {

    @FuzzTest
    void aPatternFindsNothingInATextWithoutItsLiterals(FuzzedDataProvider data) {
        RequiredLiteralsTest.RandomRegex.Ints ints = bound -> data.consumeInt(0, bound - 1);
        String expression = RequiredLiteralsTest.RandomRegex.expression(ints);
        String text = RequiredLiteralsTest.RandomRegex.text(ints);
        RequiredLiteralsTest.RandomRegex.check(expression, text);
    }
}
