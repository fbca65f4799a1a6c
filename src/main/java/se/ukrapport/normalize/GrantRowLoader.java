package se.ukrapport.normalize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import se.ukrapport.domain.Rejection;
import se.ukrapport.domain.grants.GrantMembership;
import se.ukrapport.domain.grants.GrantRow;
import se.ukrapport.domain.grants.PlacedGrantRow;
import se.ukrapport.domain.survey.MunicipalityRegistry;
import se.ukrapport.ingest.InputEntries;
import se.ukrapport.ingest.xlsx.GrantWorkbookReader;
import se.ukrapport.ingest.xlsx.GrantWorkbooks;

/**
 * Every grant workbook of the input folder, streamed row by row (bounded memory whatever
 * its size): each row is placed in its group once, the EES corrections of rattelser.csv
 * are applied, and the rows go on in batches. A correction that matched no row stops the
 * run once every workbook is read.
 */
public final class GrantRowLoader {

    /** Rows handed on together, so a workbook of any size is stored in bounded memory. */
    static final int BATCH = 1000;

    /** What one workbook gave. */
    public record WorkbookRead(String name, long rows, long skippedRows) {
    }

    /**
     * The whole load: the workbooks read, the entries and rows that could not be used,
     * the corrections applied.
     */
    public record Result(List<WorkbookRead> workbooks, List<Rejection> rejected,
            List<GrantCorrections.Applied> corrections) {
    }

    private final MunicipalityRegistry registry;

    public GrantRowLoader(MunicipalityRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param batches receives the placed, corrected rows, at most {@value #BATCH} at a
     * time
     * @param workbookDone told when a workbook has been read (the console's progress)
     */
    public Result load(Path input, Consumer<List<PlacedGrantRow>> batches, Consumer<WorkbookRead> workbookDone) {
        GrantMembership membership = new GrantMembership(registry);
        GrantCorrections corrections = GrantCorrections.read(input, registry);
        GrantWorkbookReader reader = new GrantWorkbookReader();
        List<Rejection> rejected = new ArrayList<>(
                InputEntries.unread(input, "ees", InputEntries::readInGrantFolder, "ees-<år>.xlsx"));
        List<WorkbookRead> read = new ArrayList<>();
        List<PlacedGrantRow> batch = new ArrayList<>();
        for (String name : GrantWorkbooks.workbooks(input)) {
            GrantWorkbookReader.Result r = reader.read(input.resolve(name), name, row -> {
                GrantMembership.Placement placement = membership.place(row);
                GrantRow fixed = corrections.apply(row, placement);
                batch.add(new PlacedGrantRow(fixed, placement));
                if (batch.size() >= BATCH) {
                    batches.accept(List.copyOf(batch));
                    batch.clear();
                }
            }, rejected::add);
            if (!batch.isEmpty()) {
                batches.accept(List.copyOf(batch));
                batch.clear();
            }
            WorkbookRead done = new WorkbookRead(name, r.rows(), r.skippedRows());
            read.add(done);
            workbookDone.accept(done);
        }
        corrections.requireAllApplied();
        return new Result(List.copyOf(read), List.copyOf(rejected), List.copyOf(corrections.applied()));
    }

}
