package dev.drainhunt.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class StyleTest {

    /** SGR foregrounds that vanish on one of the two backgrounds: yellow and white, normal and bright. */
    private static final List<String> UNREADABLE = List.of("33", "37", "93", "97");

    @Test
    void noRoleIsWrittenInYellowOrWhiteWhichALightOrDarkBackgroundLoses() throws IllegalAccessException {
        List<Field> roles = new ArrayList<>();
        for (Field field : Style.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == AttributedStyle.class) {
                roles.add(field);
            }
        }
        assertThat(roles).hasSizeGreaterThan(10);
        for (Field role : roles) {
            String ansi = new AttributedString("x", (AttributedStyle) role.get(null)).toAnsi();
            for (String parameter : ansi.replaceAll("[^0-9;]+", " ").trim().split("[ ;]+")) {
                assertThat(parameter).as(role.getName() + " " + ansi.replace("\u001b", "ESC"))
                        .isNotIn(UNREADABLE);
            }
        }
    }
}
