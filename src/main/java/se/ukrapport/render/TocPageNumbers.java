package se.ukrapport.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import se.ukrapport.render.model.ReportDocument;
import se.ukrapport.support.SideThread;

/**
 * The PDF files of one document model, shared by the two render steps, and the
 * table-of-contents page numbers the Word edition takes from them. Without this the Word
 * step laid the whole report out a second time for its pages (a sixth of the Word step on
 * the demo).
 *
 * <p>
 * The PDF step announces its files, each as a task that writes the file and gives its
 * pages, and then runs them in order. The Word step waits for a file's pages. While it
 * waits for a chapter file's, it runs a PDF file nobody has begun, from the end of the
 * list, instead of leaving its core idle (at 2 900 municipalities it had waited 10 of the
 * PDF step's 20 seconds); not while it waits for the whole report's, when it holds the
 * whole Word report in memory. Each file is written once, by whichever step takes it
 * first; the PDF step ends when all of them are written, and fails if one failed.
 *
 * <p>
 * A file nobody announced (the PDF step is not running: a restart after it completed, or
 * it has not got that far) is laid out by the Word step itself, as before; so is one
 * whose PDF failed. Either way the pages are the same: the layout pass places every
 * heading where the written PDF does (LayoutPassTests). One model is kept at a time, and
 * none once every list is taken.
 */
public final class TocPageNumbers {

    /** The file of a document: the whole report, or one chapter's file. */
    static final String REPORT = "";

    /** One PDF file to write: the file (REPORT or a chapter id) and how. */
    record PdfFile(String file, Callable<List<Integer>> write) {
    }

    /** A PDF file that either step may write, once. */
    private static final class Task {

        private final Callable<List<Integer>> write;

        private final AtomicBoolean taken = new AtomicBoolean();

        private final CompletableFuture<List<Integer>> pages = new CompletableFuture<>();

        Task(Callable<List<Integer>> write) {
            this.write = write;
        }

        /** Writes the file, unless a step has taken it already. */
        boolean runIfFree() {
            if (pages.isDone() || !taken.compareAndSet(false, true)) {
                return false;
            }
            try {
                pages.complete(List.copyOf(write.call()));
            }
            catch (Throwable e) {
                pages.completeExceptionally(e);
            }
            return true;
        }

    }

    private ReportDocument announcedFor;

    private final Map<String, Task> tasks = new LinkedHashMap<>();

    /** The files whose pages the Word step has not taken yet. */
    private final Map<String, Task> untaken = new LinkedHashMap<>();

    private boolean finished;

    /** The PDF step will write these files of {@code doc}. */
    synchronized void announce(ReportDocument doc, List<PdfFile> files) {
        if (announcedFor != doc) {
            untaken.values().forEach(t -> t.pages.cancel(false));
            tasks.clear();
            untaken.clear();
            announcedFor = doc;
            finished = false;
        }
        for (PdfFile f : files) {
            Task t = new Task(f.write());
            tasks.put(f.file(), t);
            untaken.put(f.file(), t);
        }
    }

    /**
     * The PDF step: writes, in order, every announced file the Word step has not taken,
     * then waits for those it took; a failure of any is thrown.
     */
    void writeAll(ReportDocument doc) {
        List<Task> all;
        synchronized (this) {
            all = announcedFor == doc ? new ArrayList<>(tasks.values()) : List.of();
        }
        for (Task t : all) {
            if (t.runIfFree() && t.pages.isCompletedExceptionally()) {
                // a failed file stops the step, as before; the Word step lays out the
                // rest
                pagesOf(t);
            }
        }
        for (Task t : all) {
            pagesOf(t);
        }
    }

    /**
     * The PDF step stops, done or failed: a file it did not write is laid out by the Word
     * step.
     */
    synchronized void finished(ReportDocument doc) {
        if (announcedFor == doc) {
            untaken.values().forEach(t -> t.pages.cancel(false));
            untaken.values().removeIf(t -> t.pages.isCancelled());
            finished = true;
            releaseWhenTaken();
        }
    }

    /**
     * The pages of a file: the PDF step's when it writes that file (the Word step writes
     * it meanwhile if nobody has, or another free one), else {@code layout}'s.
     */
    List<Integer> of(ReportDocument doc, String file, Supplier<List<Integer>> layout) {
        Task announced;
        synchronized (this) {
            announced = announcedFor == doc ? untaken.get(file) : null;
        }
        if (announced != null) {
            try {
                announced.runIfFree();
                // Not while the whole report is waited for: the Word step then holds the
                // whole Word report, the PDF step the whole PDF, and a third document
                // beside them went past -Xmx512m at 2 900 municipalities (java -jar, 17).
                while (!REPORT.equals(file) && !announced.pages.isDone() && runFreeFromTheEnd(doc)) {
                    // helped the PDF step with a file of its list
                }
                return pagesOf(announced);
            }
            catch (RuntimeException | Error e) {
                // the PDF step did not write it: laid out here
            }
            finally {
                synchronized (this) {
                    untaken.remove(file, announced);
                    releaseWhenTaken();
                }
            }
        }
        return layout.get();
    }

    /** Runs the last announced file nobody has taken; false if there was none. */
    private boolean runFreeFromTheEnd(ReportDocument doc) {
        List<Task> all;
        synchronized (this) {
            if (announcedFor != doc || finished) {
                return false;
            }
            all = new ArrayList<>(tasks.values());
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).runIfFree()) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> pagesOf(Task t) {
        return SideThread.join(t.pages);
    }

    private void releaseWhenTaken() {
        if (finished && untaken.isEmpty()) {
            announcedFor = null;
            tasks.clear();
        }
    }

}
