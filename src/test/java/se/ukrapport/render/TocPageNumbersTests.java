package se.ukrapport.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.Heading;
import se.ukrapport.render.model.ReportDocument;

/**
 * The Word step takes the PDF step's table-of-contents pages when the PDF step writes the
 * file, waits for them when it is about to, and lays the file out itself otherwise.
 */
class TocPageNumbersTests {

    private final TocPageNumbers pages = new TocPageNumbers();

    private final ReportDocument doc = document();

    private final AtomicInteger layouts = new AtomicInteger();

    private final Supplier<List<Integer>> layout = () -> {
        layouts.incrementAndGet();
        return List.of(9);
    };

    @Test
    void theWordStepTakesThePagesOfTheWrittenPdf() {
        pages.announce(doc, List.of(TocPageNumbers.REPORT, "kap01"));
        pages.written(doc, TocPageNumbers.REPORT, List.of(3, 5));

        assertThat(pages.of(doc, TocPageNumbers.REPORT, layout)).containsExactly(3, 5);
        assertThat(layouts).hasValue(0);
    }

    @Test
    void theWordStepWaitsForAnAnnouncedFile() throws Exception {
        pages.announce(doc, List.of("kap01"));
        CompletableFuture<List<Integer>> word = CompletableFuture.supplyAsync(() -> pages.of(doc, "kap01", layout));
        Thread.sleep(50);
        assertThat(word).isNotDone();

        pages.written(doc, "kap01", List.of(2));

        assertThat(word.get(5, TimeUnit.SECONDS)).containsExactly(2);
        assertThat(layouts).hasValue(0);
    }

    @Test
    void aFileThePdfStepDidNotWriteIsLaidOutByTheWordStep() throws Exception {
        // not announced (the PDF step is not running)
        assertThat(pages.of(doc, "kap01", layout)).containsExactly(9);

        // announced, and then the PDF step failed before it
        pages.announce(doc, List.of("kap02"));
        CompletableFuture<List<Integer>> word = CompletableFuture.supplyAsync(() -> pages.of(doc, "kap02", layout));
        pages.finished(doc);

        assertThat(word.get(5, TimeUnit.SECONDS)).containsExactly(9);
        assertThat(layouts).hasValue(2);
    }

    @Test
    void anotherModelsPagesAreNeverTaken() {
        pages.announce(doc, List.of(TocPageNumbers.REPORT));
        pages.written(doc, TocPageNumbers.REPORT, List.of(3));

        assertThat(pages.of(document(), TocPageNumbers.REPORT, layout)).containsExactly(9);
    }

    private static ReportDocument document() {
        return new ReportDocument(
                new ReportDocument.Meta("Rapport", "Etapp", "Myndigheten", LocalDate.of(2012, 3, 1), "Framställd."),
                List.of(new Chapter("kap01", "Ett", List.of(new Heading(1, "Ett")))));
    }

}
