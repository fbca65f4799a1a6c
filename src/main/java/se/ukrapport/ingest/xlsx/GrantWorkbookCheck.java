package se.ukrapport.ingest.xlsx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import se.ukrapport.ingest.InputException;

/**
 * Opens every grant workbook (ees/ees-&lt;year&gt;.xlsx) before anything is written, so that an
 * unreadable workbook or a missing column stops the run up front (input-formats.md).
 */
public final class GrantWorkbookCheck {

    /** Columns every grant workbook must have in its header row (row 1 of the first sheet). */
    public static final List<String> REQUIRED = List.of("Kommunkod", "Organisation", "Typ", "År", "Nyckeltal",
            "Enhet", "Värde", "Mål 2014 (%)", "Mål 2020 (%)");

    public record Checked(String file, int dataRows) {
    }

    /** Grant workbooks in the input folder, as names relative to it, sorted. */
    public static List<String> workbooks(Path inputDir) {
        Path dir = inputDir.resolve("ees");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.toLowerCase(Locale.ROOT).matches("ees-.*\\.xlsx"))
                    .sorted().map(n -> "ees/" + n).toList();
        } catch (IOException e) {
            throw new InputException("ees/", null, null, "mappen kan inte läsas: " + e.getMessage(), e);
        }
    }

    public Checked check(Path inputDir, String name) {
        Path file = inputDir.resolve(name);
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            if (wb.getNumberOfSheets() == 0) {
                throw new InputException(name, null, null, "arbetsboken har inga blad");
            }
            Sheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            Set<String> present = new LinkedHashSet<>();
            DataFormatter fmt = new DataFormatter();
            if (header != null) {
                for (Cell c : header) {
                    present.add(normalise(fmt.formatCellValue(c)));
                }
            }
            List<String> missing = new ArrayList<>();
            for (String r : REQUIRED) {
                if (!present.contains(normalise(r))) {
                    missing.add(r);
                }
            }
            if (!missing.isEmpty()) {
                throw new InputException(name, 1L, missing.get(0), "blad \"" + sheet.getSheetName()
                        + "\" saknar kolumnen i rubrikraden (saknas: " + String.join(", ", missing) + ")");
            }
            int rows = 0;
            for (Row r : sheet) {
                if (r.getRowNum() > sheet.getFirstRowNum()) {
                    rows++;
                }
            }
            return new Checked(name, rows);
        } catch (InputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InputException(name, null, null,
                    "filen är inte en läsbar Excel-arbetsbok (.xlsx)"
                            + (e.getMessage() == null ? "" : " (teknisk orsak: " + e.getMessage() + ")"), e);
        }
    }

    static String normalise(String header) {
        return header.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
