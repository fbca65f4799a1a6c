package se.ukrapport.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import se.ukrapport.render.model.ReportDocument;

/**
 * The table-of-contents page numbers of one document model, handed from the PDF step to
 * the Word step beside it. The Word edition takes the PDF's pages; without this it laid
 * the whole report out a second time for them (a sixth of the Word step on the demo).
 *
 * <p>
 * The PDF step announces the files it is going to write before it writes the first one;
 * the Word step then waits for each file's pages. A file nobody announced (the PDF step
 * is not running: a restart after it completed, or it has not got that far) is laid out
 * by the Word step itself, as before; so is one whose PDF failed. Either way the pages
 * are the same: the layout pass places every heading where the written PDF does
 * (LayoutPassTests). One model is kept at a time, and none once every list is taken.
 */
public final class TocPageNumbers {

    /** The file of a document: the whole report, or one chapter's file. */
    static final String REPORT = "";

    private ReportDocument announcedFor;

    private final Map<String, CompletableFuture<List<Integer>>> pages = new HashMap<>();

    private boolean finished;

    /**
     * The PDF step will write these files of {@code doc} ({@link #REPORT} or chapter
     * ids).
     */
    synchronized void announce(ReportDocument doc, Iterable<String> files) {
        if (announcedFor != doc) {
            pages.values().forEach(f -> f.cancel(false));
            pages.clear();
            announcedFor = doc;
            finished = false;
        }
        for (String file : files) {
            pages.putIfAbsent(file, new CompletableFuture<>());
        }
    }

    /** The PDF step has written a file: its pages. */
    synchronized void written(ReportDocument doc, String file, List<Integer> tocPages) {
        CompletableFuture<List<Integer>> waited = announcedFor == doc ? pages.get(file) : null;
        if (waited != null) {
            waited.complete(List.copyOf(tocPages));
        }
    }

    /**
     * The PDF step stops, done or failed: a file it did not write is laid out by the Word
     * step.
     */
    synchronized void finished(ReportDocument doc) {
        if (announcedFor == doc) {
            pages.values().forEach(f -> f.cancel(false));
            pages.values().removeIf(CompletableFuture::isCancelled);
            finished = true;
            releaseWhenTaken();
        }
    }

    /**
     * The pages of a file: the PDF step's when it writes that file, else
     * {@code layout}'s.
     */
    List<Integer> of(ReportDocument doc, String file, Supplier<List<Integer>> layout) {
        CompletableFuture<List<Integer>> announced;
        synchronized (this) {
            announced = announcedFor == doc ? pages.get(file) : null;
        }
        if (announced != null) {
            try {
                return announced.join();
            }
            catch (CompletionException | CancellationException e) {
                // the PDF step did not write it: laid out here
            }
            finally {
                synchronized (this) {
                    pages.remove(file, announced);
                    releaseWhenTaken();
                }
            }
        }
        return layout.get();
    }

    private void releaseWhenTaken() {
        if (finished && pages.isEmpty()) {
            announcedFor = null;
        }
    }

}
