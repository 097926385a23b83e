package dev.drainhunt.cli;

import dev.drainhunt.terminal.Environment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The system clock, or one moved to $DRAINHUNT_NOW (an ISO date or instant): demos and end-to-end tests use it
 * to see reviews come due without waiting days. Built on first use: it reads the time-zone database, which show
 * and check never need.
 */
final class RunClock extends Clock {

    static final String VARIABLE = "DRAINHUNT_NOW";
    static final String MOVED = "drainhunt: the clock is moved to %s by $DRAINHUNT_NOW (for tests and demos):"
            + " what is recorded now is dated then";

    private final Environment env;
    private Clock clock;

    RunClock(Environment env) {
        this.env = env;
    }

    private Clock clock() {
        if (clock == null) {
            Clock system = Clock.systemDefaultZone();
            clock = env.get(VARIABLE)
                    .map(text -> Clock.offset(system, Duration.between(system.instant(), parseInstant(text))))
                    .orElse(system);
        }
        return clock;
    }

    private static Instant parseInstant(String text) {
        try {
            return text.contains("T") ? Instant.parse(text)
                    : LocalDate.parse(text).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw UserError.usage("DRAINHUNT_NOW must be a date (2026-12-01) or an instant (2026-12-01T09:00:00Z), "
                    + "not \"" + text + "\"");
        }
    }

    @Override
    public ZoneId getZone() {
        return clock().getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return clock().withZone(zone);
    }

    @Override
    public Instant instant() {
        return clock().instant();
    }
}
