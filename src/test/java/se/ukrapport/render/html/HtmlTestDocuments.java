package se.ukrapport.render.html;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import se.ukrapport.render.model.BulletList;
import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.Chart;
import se.ukrapport.render.model.Figure;
import se.ukrapport.render.model.Heading;
import se.ukrapport.render.model.Inline;
import se.ukrapport.render.model.Paragraph;
import se.ukrapport.render.model.ReportDocument;
import se.ukrapport.render.model.Table;

/**
 * A small report model with every kind of block, and a respondent's text that looks like
 * markup.
 */
final class HtmlTestDocuments {

    static final String HOSTILE = "<b>&\"x\"";

    private HtmlTestDocuments() {
    }

    static ReportDocument sample() {
        Chapter one = new Chapter("kap01", "Sammanfattning", List.of(new Heading(1, "1 Sammanfattning"),
                new Paragraph(List.of(new Inline.Ref("tabell-energi", true), new Inline.Text(" visar "),
                        new Inline.Strong("energin"), new Inline.Text(" och "), new Inline.Ref("figur-q06", false),
                        new Inline.Text(" visar "), new Inline.Emphasis("andelen"), new Inline.Text("."))),
                new Heading(2, "1.1 Energi per bärare"),
                new Table("tabell-energi", "Energianvändningens förändring, MWh",
                        List.of(List.of("Bärare", "Ökning", "Minskning")),
                        List.of(List.of("Fjärrvärme", "1\u00a0200,5", "\u221215\u00a0919,6"),
                                List.of("El\nvarav förnybar", "30,0", "0,0")),
                        List.of(false, true, true), false, List.of()),
                new BulletList(List.of(List.of(new Inline.Text("Svar: " + HOSTILE)))),
                new Figure("figur-q06", "Andel kommuner med strategi", "Staplar: 46 % av storstäderna har en strategi",
                        new Chart(Chart.Kind.BAR, List.of("Storstad", "Landsbygd"),
                                List.of(new Chart.Series("Ja", List.of(new BigDecimal("46.2"), new BigDecimal("12")))),
                                "%"))));
        Chapter two = new Chapter("bilaga1", "Bilaga 1", List.of(new Heading(1, "Bilaga 1 Skalor"), new Figure(
                "figur-skala", "Bedömning per kluster", "Staplade staplar per kluster",
                new Chart(Chart.Kind.STACKED, List.of("Storstad", "Glesbygd " + HOSTILE),
                        List.of(new Chart.Series("Låg", List.of(new BigDecimal("20"), new BigDecimal("50"))),
                                new Chart.Series("Hög", List.of(new BigDecimal("80"), new BigDecimal("50")))),
                        "%")),
                new Table("tabell-fria", "Fria svar", List.of(List.of("Kommun", "Svar")),
                        List.of(List.of("Lerum", HOSTILE), List.of("Kalmar", "=SUMMA(A1)")), List.of(false, false),
                        false, List.of())));
        return new ReportDocument(new ReportDocument.Meta("Uthållig kommun – årsrapport 2011", "Etapp 3",
                "Energimyndigheten", LocalDate.of(2012, 3, 1), "Framställd med uk-rapport."), List.of(one, two));
    }

}
