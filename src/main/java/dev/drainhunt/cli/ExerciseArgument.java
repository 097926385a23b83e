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
        spec.addPositional(HandBuilt.parameter(String.class, "EXERCISE", DESCRIPTION, new Name()).index("0")
                .arity("1").required(true).completionCandidates(new ExerciseCandidates()).build());
    }

    /** {@link #name} as picocli sees an annotated field: a class, not two lambdas (see {@link HandBuilt.Field}). */
    private final class Name extends HandBuilt.Field<String> {
        @Override
        String read() {
            return name;
        }

        @Override
        void write(String value) {
            name = value;
        }
    }
}
