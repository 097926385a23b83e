package dev.drainhunt.practice;

/**
 * What one practice session achieved.
 *
 * @param exercisesDone exercises finished (revealed and rated, or solved)
 * @param rightFirstTry of those, solved by the first answer without a hint
 * @param hintsUsed hints shown during the session
 * @param answers answers graded during the session
 */
public record SessionSummary(int exercisesDone, int rightFirstTry, int hintsUsed, int answers) {
}
