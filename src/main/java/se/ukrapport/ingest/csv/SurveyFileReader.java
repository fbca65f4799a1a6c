package se.ukrapport.ingest.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import se.ukrapport.domain.survey.Codebook;
import se.ukrapport.domain.survey.CodebookColumn;
import se.ukrapport.domain.InputException;
import se.ukrapport.domain.survey.SurveyRow;

/**
 * Streams the survey export row by row, values keyed by codebook code. The header is
 * checked against the codebook when the reader opens: every export column must be
 * described there.
 */
public class SurveyFileReader implements ItemStreamReader<SurveyRow> {

    private final Path inputDir;

    private final String fileName;

    private final Codebook codebook;

    private CsvTable table;

    private Iterator<CsvRow> rows;

    private final Map<String, String> codeByHeader = new LinkedHashMap<>();

    private final List<String> missingFromExport = new ArrayList<>();

    private long count;

    private final String codebookFile;

    public SurveyFileReader(Path inputDir, String fileName, Codebook codebook) {
        this(inputDir, fileName, codebook, CodebookFileReader.FILE);
    }

    /**
     * @param codebookFile the codebook the export is checked against, as messages name it
     */
    public SurveyFileReader(Path inputDir, String fileName, Codebook codebook, String codebookFile) {
        this.inputDir = inputDir;
        this.fileName = fileName;
        this.codebook = codebook;
        this.codebookFile = codebookFile;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        table = CsvTable.open(inputDir.resolve(fileName), fileName);
        List<String> dups = table.duplicateColumns();
        if (!dups.isEmpty()) {
            throw new InputException(fileName, table.headerLine(), dups.get(0),
                    "kolumnen står två gånger i rubrikraden");
        }
        for (String h : table.header()) {
            CodebookColumn c = codebook.column(h)
                .orElseThrow(() -> new InputException(fileName, table.headerLine(), h,
                        "kolumnen finns inte i kodboken (" + codebookFile + "); lägg till den där med typ och fråga"));
            codeByHeader.put(h, c.code());
        }
        for (CodebookColumn c : codebook.columns()) {
            if (table.column(c.code()) == null) {
                missingFromExport.add(c.code());
            }
        }
        CodebookColumn kommun = codebook.municipalityColumn();
        if (table.column(kommun.code()) == null) {
            throw new InputException(fileName, table.headerLine(), kommun.code(),
                    "kommunkolumnen (typ kommun i kodboken) saknas i exporten");
        }
        rows = table.iterator();
    }

    @Override
    public SurveyRow read() {
        if (!rows.hasNext()) {
            if (count == 0) {
                throw new InputException(fileName, null, null, "exporten har inga datarader, bara rubrikrad");
            }
            return null;
        }
        CsvRow row = rows.next();
        count++;
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : codeByHeader.entrySet()) {
            values.put(e.getValue(), row.raw(e.getKey()));
        }
        return new SurveyRow(row.line(), values);
    }

    /** Codebook columns that the export lacks: their answers are all missing. */
    public List<String> missingFromExport() {
        return missingFromExport;
    }

    public String fileName() {
        return fileName;
    }

    @Override
    public void close() {
        if (table != null) {
            table.close();
            table = null;
        }
    }

}
