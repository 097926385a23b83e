package dev.drainhunt.cli;

import dev.drainhunt.terminal.Environment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The system clock, or one moved to $DRAINHUNT_NOW (an ISO date or instant): demos and end-to-end tests use it
 * to see reviews come due without waiting days. Built on first use: it reads the time-zone database, which show
 * and check never need.
 */
final class RunClock extends Clock {

    static final String VARIABLE = "DRAINHUNT_NOW";
    static final String MOVED = "drainhunt: the clock is moved to %s by $DRAINHUNT_NOW (for tests and demos):"
            + " what is recorded now is dated then";

    /**
     * The time-zone database's names for UTC and GMT themselves, to the short name of the same rules: links to zones
     * of one fixed offset, zero, that never changes (RunClockTest holds each to the JDK's rules). A name of the
     * database costs java.time its rules provider, which scans every module of the JDK for others and reads the
     * database: some 14 ms of a run's CPU, on the servers, containers and CI machines that run in UTC. "UTC" and
     * "GMT" need no provider.
     */
    static final Map<String, String> ZERO_NAMES = Map.ofEntries(Map.entry("Etc/UTC", "UTC"),
            Map.entry("Etc/UCT", "UTC"), Map.entry("Etc/Universal", "UTC"), Map.entry("Etc/Zulu", "UTC"),
            Map.entry("UCT", "UTC"), Map.entry("Universal", "UTC"), Map.entry("Zulu", "UTC"),
            Map.entry("Etc/GMT", "GMT"), Map.entry("Etc/GMT0", "GMT"), Map.entry("Etc/GMT+0", "GMT"),
            Map.entry("Etc/GMT-0", "GMT"), Map.entry("Etc/Greenwich", "GMT"), Map.entry("GMT0", "GMT"),
            Map.entry("GMT+0", "GMT"), Map.entry("GMT-0", "GMT"), Map.entry("Greenwich", "GMT"));

    private final Environment env;
    private Clock clock;

    RunClock(Environment env) {
        this.env = env;
    }

    private Clock clock() {
        if (clock == null) {
            Clock system = Clock.system(systemZone());
            Optional<String> moved = env.get(VARIABLE); // no lambda: every run asks (JDK 17 links each at start)
            clock = moved.isPresent()
                    ? Clock.offset(system, Duration.between(system.instant(), parseInstant(moved.get())))
                    : system;
        }
        return clock;
    }

    private static Instant parseInstant(String text) {
        try {
            return text.contains("T") ? Instant.parse(text)
                    : LocalDate.parse(text).atTime(12, 0).atZone(systemZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw UserError.usage("DRAINHUNT_NOW must be a date (2026-12-01) or an instant (2026-12-01T09:00:00Z), "
                    + "not \"" + text + "\"");
        }
    }

    /** The system's time zone, as {@link ZoneId#systemDefault()}, with the same rules. */
    static ZoneId systemZone() {
        TimeZone zone = TimeZone.getDefault();
        String name = ZERO_NAMES.get(zone.getID());
        return name != null ? ZoneId.of(name) : zone.toZoneId();
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
