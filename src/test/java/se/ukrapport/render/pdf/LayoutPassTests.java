package se.ukrapport.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleNamedDestination;

import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.Heading;
import se.ukrapport.render.model.Inline;
import se.ukrapport.render.model.Paragraph;
import se.ukrapport.render.model.ReportDocument;
import se.ukrapport.render.model.Table;

/**
 * The Word edition's page numbers come from a layout pass that draws no table cells and
 * makes no structure elements for them ({@link PdfReportWriter#tocPages}): its headings
 * land on the pages the written PDF puts them on, also after a table of several batches
 * of rows ({@link RowBatches}) whose middle pages hold nothing but rows.
 */
class LayoutPassTests {

    @Test
    void theLayoutPassPlacesEveryHeadingOnThePageOfTheWrittenPdf() throws Exception {
        ReportDocument doc = document();

        for (boolean full : new boolean[] { true, false }) {
            ReportDocument d = full ? doc : doc.only(doc.chapters().get(0));
            List<Integer> layout = new PdfReportWriter().tocPages(d, full);
            List<Integer> written = headingPages(new PdfReportWriter().write(d, full), layout.size());

            assertThat(layout).as(full ? "slutrapport" : "kapitelfil").isEqualTo(written);
            assertThat(layout.get(layout.size() - 1)).isGreaterThan(layout.get(0) + 10);
        }
    }

    /** The page of each TOC entry's destination (h0, h1, …) in the written file. */
    private static List<Integer> headingPages(byte[] pdf, int entries) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        Map<Object, Object> destinations = new HashMap<>(SimpleNamedDestination.getNamedDestination(reader, false));
        destinations.putAll(SimpleNamedDestination.getNamedDestination(reader, true));
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            pages.add(Integer.parseInt(String.valueOf(destinations.get("h" + i)).split(" ")[0]));
        }
        return pages;
    }

    private static ReportDocument document() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 3 * RowBatches.SIZE + 17; i++) {
            // every seventh row takes two lines
            rows.add(List.of("Kommun " + i, i % 7 == 0 ? "Ett mål\nett till" : Integer.toString(i)));
        }
        Chapter one = new Chapter("kap01", "Kommunerna",
                List.of(new Heading(1, "Kommunerna"), new Paragraph(List.of(new Inline.Text("Alla kommuner."))),
                        new Table("tabell-alla", "Alla kommuner", List.of(List.of("Kommun", "Mål")), rows,
                                List.of(false, false), false, List.of()),
                        new Heading(2, "Efter tabellen"), new Paragraph(List.of(new Inline.Text("Utan rubrikrad:"))),
                        // no header row to repeat: only the rows mark the following pages
                        new Table("tabell-utan-rubrik", "Utan rubrikrad", List.of(), rows, List.of(false, false), false,
                                List.of()),
                        new Heading(2, "Efter den andra tabellen"), new Paragraph(List.of(new Inline.Text("Slut.")))));
        Chapter two = new Chapter("kap02", "Nästa",
                List.of(new Heading(1, "Nästa kapitel"), new Paragraph(List.of(new Inline.Text("Text.")))));
        return new ReportDocument(new ReportDocument.Meta("Uthållig kommun – årsrapport 2011", "Etapp 3",
                "Energimyndigheten", LocalDate.of(2012, 3, 1), "Framställd med uk-rapport."), List.of(one, two));
    }

}
