package se.ukrapport.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import se.ukrapport.render.model.Chapter;
import se.ukrapport.render.model.Heading;
import se.ukrapport.render.model.ReportDocument;

/**
 * The PDF files are written once each, by the PDF step or by the Word step while it
 * waits; the Word step takes their table-of-contents pages, and lays a file out itself
 * when no PDF of it is written.
 */
class TocPageNumbersTests {

    private final TocPageNumbers pages = new TocPageNumbers();

    private final ReportDocument doc = document();

    private final AtomicInteger layouts = new AtomicInteger();

    private final Supplier<List<Integer>> layout = () -> {
        layouts.incrementAndGet();
        return List.of(9);
    };

    /** Which thread wrote each file, and how many times. */
    private final Map<String, String> writtenBy = new ConcurrentHashMap<>();

    private final AtomicInteger writes = new AtomicInteger();

    private TocPageNumbers.PdfFile file(String id, List<Integer> tocPages) {
        return new TocPageNumbers.PdfFile(id, () -> {
            writes.incrementAndGet();
            writtenBy.put(id, Thread.currentThread().getName());
            return tocPages;
        });
    }

    @Test
    void theWordStepTakesThePagesOfTheWrittenPdf() {
        pages.announce(doc, List.of(file(TocPageNumbers.REPORT, List.of(3, 5)), file("kap01", List.of(2))));
        pages.writeAll(doc);
        pages.finished(doc);

        assertThat(pages.of(doc, TocPageNumbers.REPORT, layout)).containsExactly(3, 5);
        assertThat(pages.of(doc, "kap01", layout)).containsExactly(2);
        assertThat(layouts).hasValue(0);
        assertThat(writes).hasValue(2);
    }

    @Test
    void theWordStepWaitsForAFileThePdfStepIsWriting() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        pages.announce(doc, List.of(blocking("kap01", writing, release, List.of(2))));
        CompletableFuture<Void> pdf = CompletableFuture.runAsync(() -> pages.writeAll(doc));
        assertThat(writing.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<List<Integer>> word = CompletableFuture.supplyAsync(() -> pages.of(doc, "kap01", layout));
        Thread.sleep(50);
        assertThat(word).isNotDone();

        release.countDown();

        assertThat(word.get(5, TimeUnit.SECONDS)).containsExactly(2);
        pdf.get(5, TimeUnit.SECONDS);
        assertThat(layouts).hasValue(0);
    }

    @Test
    void theWordStepWritesAFileNobodyHasBegunAndThePdfStepDoesNotWriteItAgain() {
        pages.announce(doc, List.of(file(TocPageNumbers.REPORT, List.of(3)), file("kap01", List.of(2))));

        assertThat(pages.of(doc, "kap01", layout)).containsExactly(2);
        pages.writeAll(doc);
        pages.finished(doc);

        assertThat(writes).hasValue(2);
        assertThat(layouts).hasValue(0);
    }

    @Test
    void whileItWaitsForAChapterTheWordStepWritesTheFreeFilesFromTheEnd() throws Exception {
        // the PDF step is writing the first chapter, which here waits for the others
        CountDownLatch othersWritten = new CountDownLatch(2);
        CountDownLatch firstBegun = new CountDownLatch(1);
        pages.announce(doc, List.of(blocking("kap01", firstBegun, othersWritten, List.of(3)),
                counted("kap02", othersWritten), counted("kap03", othersWritten)));
        CompletableFuture<Void> pdf = CompletableFuture.runAsync(() -> pages.writeAll(doc));
        assertThat(firstBegun.await(5, TimeUnit.SECONDS)).isTrue();

        // the Word step, waiting for the first chapter's pages, writes the other two
        String word = CompletableFuture.supplyAsync(() -> {
            assertThat(pages.of(doc, "kap01", layout)).containsExactly(3);
            return Thread.currentThread().getName();
        }).get(5, TimeUnit.SECONDS);

        pdf.get(5, TimeUnit.SECONDS);
        assertThat(writtenBy).containsEntry("kap02", word).containsEntry("kap03", word);
        assertThat(pages.of(doc, "kap03", layout)).containsExactly(2);
        assertThat(layouts).hasValue(0);
    }

    @Test
    void whileItWaitsForTheWholeReportTheWordStepWritesNoOtherFile() throws Exception {
        // (it holds the whole Word report then, and the PDF step the whole PDF)
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch reportBegun = new CountDownLatch(1);
        pages.announce(doc,
                List.of(blocking(TocPageNumbers.REPORT, reportBegun, release, List.of(3)), file("kap01", List.of(2))));
        CompletableFuture<Void> pdf = CompletableFuture.runAsync(() -> pages.writeAll(doc));
        assertThat(reportBegun.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<List<Integer>> word = CompletableFuture
            .supplyAsync(() -> pages.of(doc, TocPageNumbers.REPORT, layout));
        Thread.sleep(50);

        assertThat(writes).hasValue(0);
        release.countDown();
        assertThat(word.get(5, TimeUnit.SECONDS)).containsExactly(3);
        pdf.get(5, TimeUnit.SECONDS);
        assertThat(writes).hasValue(1);
    }

    @Test
    void aFailedFileFailsThePdfStepAndIsLaidOutByTheWordStep() {
        pages.announce(doc, List.of(new TocPageNumbers.PdfFile(TocPageNumbers.REPORT, () -> {
            throw new IllegalStateException("trasig");
        }), file("kap01", List.of(2))));

        assertThatThrownBy(() -> pages.writeAll(doc)).hasMessage("trasig");
        pages.finished(doc);

        assertThat(pages.of(doc, TocPageNumbers.REPORT, layout)).containsExactly(9);
        // the PDF step stopped at the failed file: the next one is laid out as well
        assertThat(pages.of(doc, "kap01", layout)).containsExactly(9);
        assertThat(writes).hasValue(0);
    }

    @Test
    void aFileTheWordStepWroteAndThatFailedFailsThePdfStep() {
        pages.announce(doc, List.of(new TocPageNumbers.PdfFile("kap01", () -> {
            throw new IllegalStateException("trasig");
        })));

        assertThat(pages.of(doc, "kap01", layout)).containsExactly(9);
        assertThatThrownBy(() -> pages.writeAll(doc)).hasMessage("trasig");
    }

    @Test
    void aFileThePdfStepDidNotAnnounceIsLaidOutByTheWordStep() {
        assertThat(pages.of(doc, "kap01", layout)).containsExactly(9);
        assertThat(layouts).hasValue(1);
    }

    @Test
    void anotherModelsPagesAreNeverTaken() {
        pages.announce(doc, List.of(file(TocPageNumbers.REPORT, List.of(3))));
        pages.writeAll(doc);

        assertThat(pages.of(document(), TocPageNumbers.REPORT, layout)).containsExactly(9);
    }

    /** A file whose writing says it has begun and then waits to be released. */
    private static TocPageNumbers.PdfFile blocking(String id, CountDownLatch begun, CountDownLatch release,
            List<Integer> tocPages) {
        return new TocPageNumbers.PdfFile(id, () -> {
            begun.countDown();
            release.await();
            return tocPages;
        });
    }

    private TocPageNumbers.PdfFile counted(String id, CountDownLatch latch) {
        return new TocPageNumbers.PdfFile(id, () -> {
            writtenBy.put(id, Thread.currentThread().getName());
            latch.countDown();
            return List.of(2);
        });
    }

    private static ReportDocument document() {
        return new ReportDocument(
                new ReportDocument.Meta("Rapport", "Etapp", "Myndigheten", LocalDate.of(2012, 3, 1), "Framställd."),
                List.of(new Chapter("kap01", "Ett", List.of(new Heading(1, "Ett")))));
    }

}
