import dev.drainhunt.render.CodeView;
import java.util.List;
import java.util.Set;

/**
 * Times CodeView on one Go line of each given length at 80 columns (highlight, tab fit and wrap: what show, hint
 * and practice do), best of a few runs after a warm-up, and prints the time per character: flat when rendering is
 * linear in the line's length, growing with it when quadratic.
 *
 * <pre>java -cp target/drainhunt.jar bench/LongLine.java 10000 100000 1000000</pre>
 */
public final class LongLine {

    public static void main(String[] args) {
        CodeView.render(List.of(line(20_000)), Set.of(), 80); // warm-up: class loading and the JIT
        Double first = null;
        for (String arg : args) {
            int length = Integer.parseInt(arg);
            String line = line(length);
            long best = Long.MAX_VALUE;
            int rows = 0;
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                rows = CodeView.render(List.of(line), Set.of(), 80).size();
                best = Math.min(best, System.nanoTime() - start);
            }
            double perChar = (double) best / length;
            first = first == null ? perChar : first;
            System.out.printf("%,10d chars: %,8.1f ms, %,6.1f ns/char (x%.1f of the shortest), %,d rows%n", length,
                    best / 1e6, perChar, perChar / first, rows);
        }
    }

    /** A plausible Go line: a call with string literals, numbers and identifiers, repeated to {@code length}. */
    private static String line(int length) {
        String unit = "\tlog.Printf(\"drain: %d workers left\", n); x := y + 42 // note ";
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }
}
