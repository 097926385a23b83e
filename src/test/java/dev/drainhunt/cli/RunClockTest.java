package dev.drainhunt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.terminal.Environment;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RunClockTest {

    static Stream<String> utcAndGmtNames() {
        return RunClock.ZERO_NAMES.keySet().stream();
    }

    /** Each name the clock short-cuts is, in the JDK's own database, one fixed offset of zero for all time. */
    @ParameterizedTest
    @MethodSource("utcAndGmtNames")
    void theNamesItShortCutsAreZeroForAllTimeInTheJdksDatabase(String name) {
        ZoneRules rules = ZoneId.of(name).getRules();
        assertThat(rules.isFixedOffset()).isTrue();
        assertThat(rules.getOffset(Instant.EPOCH)).isEqualTo(ZoneOffset.UTC);
        assertThat(rules.getTransitions()).isEmpty();
        assertThat(rules.getTransitionRules()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("utcAndGmtNames")
    void aSystemInUtcOrGmtGetsTheSameRulesUnderTheirShortName(String name) {
        ZoneId zone = inTimeZone(name, RunClock::systemZone);
        assertThat(zone.getId()).isIn("UTC", "GMT");
        assertThat(zone.getRules()).isEqualTo(ZoneId.of(name).getRules());
        assertThat(zone.normalized()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void anyOtherZoneIsTheJdksOwn() {
        for (String name : new String[] {"Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC", "GMT"}) {
            assertThat(inTimeZone(name, RunClock::systemZone)).isEqualTo(inTimeZone(name, ZoneId::systemDefault));
        }
        // A custom offset, as -Duser.timezone=GMT+05:30 gives.
        assertThat(inTimeZone("GMT+05:30", RunClock::systemZone).getRules().getOffset(Instant.EPOCH))
                .isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
    }

    @Test
    void theClockKeepsTheSystemZoneAndTime() {
        RunClock clock = inTimeZone("Europe/Berlin", () -> {
            RunClock c = new RunClock(new Environment(Map.of(), false, false));
            c.getZone(); // built now, in this zone
            return c;
        });
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
    }

    private static <T> T inTimeZone(String name, Supplier<T> action) {
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(name));
            return action.get();
        } finally {
            TimeZone.setDefault(saved);
        }
    }
}
