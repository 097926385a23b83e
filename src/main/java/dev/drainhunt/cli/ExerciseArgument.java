package dev.drainhunt.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

/** The EXERCISE parameter of the commands that act on one exercise, with its Tab completion. */
final class ExerciseArgument {

    private static final String DESCRIPTION = "Exercise number or id.";

    @Parameters(paramLabel = "EXERCISE", completionCandidates = ExerciseCandidates.class, description = DESCRIPTION)
    String name;

    /** Adds the parameter to {@code spec}, a hand-built command (see {@link HandBuilt}); the others mix this in. */
    void addTo(CommandSpec spec) {
        spec.addPositional(HandBuilt.parameter(String.class, "EXERCISE", DESCRIPTION, () -> name, v -> name = v)
                .index("0").arity("1").required(true).completionCandidates(new ExerciseCandidates()).build());
    }
}
