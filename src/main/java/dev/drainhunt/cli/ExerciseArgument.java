package dev.drainhunt.cli;

import picocli.CommandLine.Parameters;

/** The EXERCISE parameter of the commands that act on one exercise, with its Tab completion. */
final class ExerciseArgument {

    @Parameters(paramLabel = "EXERCISE", completionCandidates = ExerciseCandidates.class,
            description = "Exercise number or id.")
    String name;
}
