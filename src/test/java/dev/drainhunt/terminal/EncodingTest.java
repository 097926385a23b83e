package dev.drainhunt.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.text.Glyphs;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EncodingTest {

    private static Glyphs glyphs(String... variables) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            map.put(variables[i], variables[i + 1]);
        }
        return Encoding.glyphs(new Environment(map, true, true));
    }

    @Test
    void aUtf8LocaleGetsUnicode() {
        assertThat(glyphs("LANG", "en_US.UTF-8")).isEqualTo(Glyphs.UNICODE);
        assertThat(glyphs("LANG", "C.utf8")).isEqualTo(Glyphs.UNICODE);
        assertThat(glyphs("LANG", "de_DE.UTF-8@euro")).isEqualTo(Glyphs.UNICODE);
        assertThat(glyphs("LC_CTYPE", "UTF-8")).isEqualTo(Glyphs.UNICODE);
    }

    @Test
    void aCOrOtherNonUtf8LocaleGetsAscii() {
        assertThat(glyphs("LANG", "C")).isEqualTo(Glyphs.ASCII);
        assertThat(glyphs("LANG", "POSIX")).isEqualTo(Glyphs.ASCII);
        assertThat(glyphs("LANG", "de_DE.ISO-8859-1")).isEqualTo(Glyphs.ASCII);
        assertThat(glyphs("LANG", "en_US")).isEqualTo(Glyphs.ASCII);
    }

    @Test
    void lcAllWinsOverLcCtypeWhichWinsOverLangAsInPosix() {
        assertThat(glyphs("LC_ALL", "C", "LC_CTYPE", "en_US.UTF-8", "LANG", "en_US.UTF-8")).isEqualTo(Glyphs.ASCII);
        assertThat(glyphs("LC_ALL", "en_US.UTF-8", "LANG", "C")).isEqualTo(Glyphs.UNICODE);
        assertThat(glyphs("LC_CTYPE", "C", "LANG", "en_US.UTF-8")).isEqualTo(Glyphs.ASCII);
        assertThat(glyphs("LC_CTYPE", "en_US.UTF-8", "LANG", "C")).isEqualTo(Glyphs.UNICODE);
        // An empty variable counts as unset.
        assertThat(glyphs("LC_ALL", "", "LANG", "C")).isEqualTo(Glyphs.ASCII);
    }

    @Test
    void noLocaleAtAllIsTakenForUtf8() {
        assertThat(glyphs()).isEqualTo(Glyphs.UNICODE);
    }

    @Test
    void drainhuntAsciiAsksForAsciiWhateverTheLocale() {
        assertThat(glyphs("LANG", "en_US.UTF-8", "DRAINHUNT_ASCII", "1")).isEqualTo(Glyphs.ASCII);
        assertThat(glyphs("LANG", "en_US.UTF-8", "DRAINHUNT_ASCII", "0")).isEqualTo(Glyphs.UNICODE);
    }

    @Test
    void everyAsciiGlyphIsAsciiAndEveryUnicodeOneIsNot() {
        for (var component : Glyphs.class.getRecordComponents()) {
            try {
                String ascii = (String) component.getAccessor().invoke(Glyphs.ASCII);
                String unicode = (String) component.getAccessor().invoke(Glyphs.UNICODE);
                assertThat(ascii).as(component.getName()).isNotEmpty().matches("\\p{ASCII}+");
                assertThat(unicode).as(component.getName()).doesNotMatch("\\p{ASCII}+");
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }
}
