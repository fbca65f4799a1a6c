package se.ukrapport.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.Chart;
import se.ukrapport.render.model.Figure;
import se.ukrapport.render.model.Heading;
import se.ukrapport.render.model.ReportDocument;

class HtmlWriterTests {

    private final String html = new HtmlWriter().write(HtmlTestDocuments.sample());

    @Test
    void isSwedishHtml5WithTheReportTitle() {
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"sv\">");
        assertThat(html).contains("<meta charset=\"utf-8\">")
            .contains("<title>Uthållig kommun – årsrapport 2011</title>")
            .contains("<main id=\"rapport\">");
    }

    @Test
    void tableOfContentsLinksToHeadingAnchors() {
        assertThat(html).contains("<nav aria-labelledby=\"innehall\">")
            .contains("<a href=\"#kap01\">1 Sammanfattning</a>")
            .contains("<h1 id=\"kap01\">1 Sammanfattning</h1>")
            .contains("<a href=\"#kap01-1-1-energi-per-barare\">1.1 Energi per bärare</a>")
            .contains("<h2 id=\"kap01-1-1-energi-per-barare\">")
            .contains("<a href=\"#bilaga1\">Bilaga 1 Skalor</a>");
    }

    @Test
    void tablesHaveNumberedCaptionsColumnAndRowHeadersAndRightAlignedNumbers() {
        assertThat(html).contains(
                "<p class=\"tabellrubrik\" id=\"tabell-energi-rubrik\">Tabell 1. Energianvändningens förändring, MWh</p>")
            .contains("<p class=\"tabellrubrik\" id=\"tabell-fria-rubrik\">Tabell 2. Fria svar</p>")
            .contains("<thead>\n<tr><th scope=\"col\">Bärare</th><th scope=\"col\" class=\"tal\">Ökning</th>")
            .contains("<tr><th scope=\"row\">Fjärrvärme</th><td class=\"tal\">1\u00a0200,5</td>"
                    + "<td class=\"tal\">\u221215\u00a0919,6</td></tr>")
            .contains("<th scope=\"row\">El<br>varav förnybar</th>");
    }

    @Test
    void figuresHaveNumberedCaptionsAnInlineSvgAndADataTable() {
        assertThat(html)
            .contains("<figure id=\"figur-q06\">\n<figcaption>Figur 1. Andel kommuner med strategi</figcaption>")
            .contains("<figcaption>Figur 2. Bedömning per kluster</figcaption>")
            .contains("role=\"img\" aria-label=\"Staplar: 46 % av storstäderna har en strategi\"")
            .contains("<title>Staplar: 46 % av storstäderna har en strategi</title>")
            .contains(">46\u00a0%</text>")
            .contains("<summary>Tabell med figurens data</summary>")
            .contains("<th scope=\"col\" class=\"tal\">Ja, %</th>")
            .contains("<tr><th scope=\"row\">Storstad</th><td class=\"tal\">46,2</td></tr>");
    }

    @Test
    void referencesLinkToTheirTableOrFigure() {
        assertThat(html).contains("<p><a href=\"#tabell-energi\">Tabell 1</a> visar <strong>energin</strong> och "
                + "<a href=\"#figur-q06\">figur 1</a> visar <em>andelen</em>.</p>");
    }

    @Test
    void respondentsTextIsEscapedEverywhere() {
        assertThat(html).doesNotContain("<b>")
            .contains("<li>Svar: &lt;b&gt;&amp;&quot;x&quot;</li>")
            .contains("<td>&lt;b&gt;&amp;&quot;x&quot;</td>")
            .contains(">Glesbygd &lt;b&gt;&amp;&quot;x&quot;</text>");
    }

    @Test
    void noExternalResourcesAtAll() {
        assertThat(html).doesNotContainIgnoringCase("http:")
            .doesNotContainIgnoringCase("https:")
            .doesNotContain("src=")
            .doesNotContain("<link")
            .doesNotContain("@import")
            .doesNotContain("url(")
            .doesNotContain("<script");
    }

    @Test
    void sameModelGivesIdenticalOutput() {
        assertThat(new HtmlWriter().write(HtmlTestDocuments.sample())).isEqualTo(html);
    }

    @Test
    void headingIdsAreUniqueAndNegativeBarsAreDrawnLeftOfZero() {
        Chapter c = new Chapter("kap02", "Två", List.of(new Heading(1, "2 Två"), new Heading(2, "Samma"),
                new Heading(2, "Samma"),
                new Figure("figur-diff", "Skillnad", "Skillnad per bärare",
                        new Chart(Chart.Kind.BAR, List.of("El", "Olja"), List
                            .of(new Chart.Series("MWh", List.of(new BigDecimal("-300"), new BigDecimal("100")))),
                                "MWh"))));
        String out = new HtmlWriter()
            .write(new ReportDocument(new ReportDocument.Meta("T", "", "", null, ""), List.of(c)));
        assertThat(out).contains("<h2 id=\"kap02-samma\">")
            .contains("<h2 id=\"kap02-samma-2\">")
            .contains("text-anchor=\"end\" fill=\"#1a1a1a\">\u2212300\u00a0MWh</text>")
            .contains(">100\u00a0MWh</text>");
    }

    @Test
    void longCategoryLabelsAreWrapped() {
        assertThat(SvgChart.wrap("Kommuner med en antagen energi- och klimatstrategi som omfattar hela kommunen", 30))
            .containsExactly("Kommuner med en antagen", "energi- och klimatstrategi som", "omfattar hela kommunen");
    }

}
