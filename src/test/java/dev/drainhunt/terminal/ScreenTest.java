package dev.drainhunt.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.text.Glyphs;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class ScreenTest {

    @Test
    void anAsciiScreenFoldsTextNoViewDrewKeepingItsStyle() {
        StringWriter out = new StringWriter();
        Screen screen = new Screen(new PrintWriter(out, true), true, 80, Glyphs.ASCII);
        screen.println(new AttributedString("Caf\u00e9 \u2014 ok", AttributedStyle.BOLD));
        screen.println("na\u00efve \u2026");
        assertThat(out.toString()).isEqualTo("\u001b[1mCafe -- ok\u001b[0m\nnaive ...\n");
    }

    @Test
    void dataIsWrittenAsItIsEvenOnAnAsciiScreen() {
        StringWriter out = new StringWriter();
        Screen screen = new Screen(new PrintWriter(out, true), false, 80, Glyphs.ASCII);
        screen.printData("{\"learner\": \"Zo\u00eb\"}\n");
        assertThat(out.toString()).isEqualTo("{\"learner\": \"Zo\u00eb\"}\n");
    }

    @Test
    void aUnicodeScreenPrintsUnicode() {
        StringWriter out = new StringWriter();
        new Screen(new PrintWriter(out, true), false, 80, Glyphs.UNICODE).println("\u2714 Caf\u00e9");
        assertThat(out.toString()).isEqualTo("\u2714 Caf\u00e9\n");
    }

    @Test
    void anAsciiWriterFoldsSurrogatePairsSplitAcrossWrites() throws Exception {
        StringWriter out = new StringWriter();
        try (AsciiWriter writer = new AsciiWriter(out)) {
            writer.write("a \ud83d");
            writer.write("\ude00 \u2014 b");
        }
        assertThat(out.toString()).isEqualTo("a ? -- b");
    }
}
