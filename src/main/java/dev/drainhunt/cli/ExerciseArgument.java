package dev.drainhunt.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Parameters;

/** The EXERCISE parameter of the commands that act on one exercise, with its Tab completion. */
final class ExerciseArgument {

    private static final String DESCRIPTION = "Exercise number or id.";

    @Parameters(paramLabel = "EXERCISE", completionCandidates = ExerciseCandidates.class, description = DESCRIPTION)
    String name;

    /** Adds the parameter to {@code spec}, a hand-built command (see {@link HandBuilt}); the others mix this in. */
    void addTo(CommandSpec spec) {
        spec.addPositional(PositionalParamSpec.builder().type(String.class).paramLabel("EXERCISE")
                .description(DESCRIPTION).getter(new Field()).setter(new Field()).initialValue(name)
                .index("0").arity("1").required(true).completionCandidates(new ExerciseCandidates()).build());
    }

    /**
     * {@link #name} as picocli sees an annotated field. A class, not a getter and a setter lambda: most runs build
     * a command with this parameter, and on JDK 17 each lambda linked costs a start some 0.2 ms.
     */
    private final class Field implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) name;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = (T) name;
            name = (String) value;
            return old;
        }
    }
}
