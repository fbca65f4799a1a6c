package se.ukrapport.render.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the output's CSV files: UTF-8 with BOM, semicolons, CRLF, quoting where needed —
 * the dialect Swedish Excel opens by double-click. Text cells that would start a formula
 * are neutralised ({@link CsvCells#safe}).
 */
public final class CsvFileWriter {

    public static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    private CsvFileWriter() {
    }

    public static void write(Path file, List<String> header, List<List<String>> rows) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file);
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(w, FORMAT)) {
                w.write('\ufeff');
                // Every cell passes CsvCells: text that Excel would take for a formula is
                // neutralised here,
                // once, for all data/ and kvalitet/ files.
                printer.printRecord(CsvCells.safe(header));
                for (List<String> row : rows) {
                    printer.printRecord(CsvCells.safe(row));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Kan inte skriva " + file, e);
        }
    }

}
