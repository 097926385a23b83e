package dev.drainhunt.lab;

/**
 * One line a harness wrote through the lab kit.
 *
 * @param seconds since the harness started
 * @param kind    what the line says: a step of the timeline, a drain expectation that did not hold, or the summary
 *                of a clean run
 */
public record LabEvent(double seconds, Kind kind, String text) {

    public enum Kind {
        EVENT, FAIL, OK
    }
}
