package dev.drainhunt.exercise;

/** A valid exercise document to break one field at a time in tests. */
final class ExerciseJson {

    private ExerciseJson() {
    }

    static String valid(String id, int number) {
        return """
                {
                  "id": "%s",
                  "number": %d,
                  "title": "A server that stops",
                  "difficulty": "easy",
                  "tags": ["signals"],
                  "buggy": [
                    "package main",
                    "",
                    "func main() {",
                    "\\tselect {}",
                    "}"
                  ],
                  "bugLines": [4],
                  "hints": ["Look at main.", "What happens on SIGTERM?"],
                  "keyPoints": [
                    {"id": "no-signal", "summary": "Nothing handles SIGTERM.", "match": [["@signal"]]}
                  ],
                  "explanation": "The process is killed without draining.",
                  "fix": [
                    "package main",
                    "",
                    "func main() {",
                    "\\t// wait for a signal",
                    "}"
                  ],
                  "references": [{"title": "os/signal", "url": "https://pkg.go.dev/os/signal"}]
                }
                """.formatted(id, number);
    }

    static String manifest() {
        return """
                {"name": "test-pack", "version": "1.0.0", "language": "go", "description": "For tests."}
                """;
    }
}
