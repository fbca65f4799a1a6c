package se.ukrapport.render.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ukrapport.domain.InputException;

/**
 * The mistakes of an edited template, as FreeMarker reports them, told in Swedish with
 * the file, line and column.
 */
class TemplateErrorTextTests {

    @TempDir
    Path templates;

    private InputException renderError(String template) throws IOException {
        Files.writeString(templates.resolve("kap02-uppdraget.ftl"), template, StandardCharsets.UTF_8);
        return catchThrowableOfType(InputException.class,
                () -> new TemplateRenderer(templates).render("kap02-uppdraget.ftl", Map.of("d", new Data())));
    }

    /** A stand-in for the model: one number, one text. */
    public static final class Data {

        public int year() {
            return 2011;
        }

        public String title() {
            return "Slutrapport";
        }

    }

    @Test
    void anIfLeftOpenSaysWhichEndTagIsMissing() throws IOException {
        InputException e = renderError("<#if d.year() gt 0>\n<p>Text</p>\n");

        assertThat(e.getMessage()).contains("kap02-uppdraget.ftl").contains("</#if> saknas").doesNotContain("unclosed");
    }

    @Test
    void aMisspeltDirectiveIsNamed() throws IOException {
        InputException e = renderError("<#lsit d.items() as i>${i}</#lsit>\n");

        assertThat(e.getMessage()).contains("okänt direktiv <#lsit>").doesNotContain("Unknown");
    }

    @Test
    void aMissingValueNamesTheExpressionAndTheWayToAllowIt() throws IOException {
        InputException e = renderError("<p>${d.subtitle}</p>\n");

        assertThat(e.getMessage()).contains("uttrycket d.subtitle har inget värde")
            .contains("d.subtitle!\"\"")
            .contains("rad 1");
    }

    @Test
    void aValueOfTheWrongKindIsToldInSwedish() throws IOException {
        InputException e = renderError("<#list d.year() as x>${x}</#list>\n");

        assertThat(e.getMessage()).contains("fel slags värde: här behövs en lista, men uttrycket ger ett tal");
    }

}
