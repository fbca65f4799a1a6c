package se.ukrapport.ingest.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds small grant workbooks for tests: a String is a text cell, a Number a numeric
 * cell, null no cell.
 */
public final class GrantTestWorkbooks {

    /** The columns in the order input-formats.md lists them. */
    public static final List<String> STANDARD_HEADER = List.of("Organisationsnummer", "Kommunkod", "Organisation",
            "Typ", "År", "Nyckeltal", "Enhet", "Värde", "Basår", "Basårsvärde", "Mål 2014 (%)", "Mål 2020 (%)");

    private final List<String> header;

    private final List<List<Object>> rows = new ArrayList<>();

    private GrantTestWorkbooks(List<String> header) {
        this.header = header;
    }

    public static GrantTestWorkbooks withHeader(List<String> header) {
        return new GrantTestWorkbooks(header);
    }

    public static GrantTestWorkbooks standard() {
        return new GrantTestWorkbooks(STANDARD_HEADER);
    }

    public GrantTestWorkbooks row(Object... cells) {
        rows.add(java.util.Arrays.asList(cells));
        return this;
    }

    /** A row in the standard column order. */
    public GrantTestWorkbooks standardRow(String code, String organisation, String type, String keyFigure, String unit,
            Object value, Object target2014, Object target2020) {
        return row("212000-0000", code, organisation, type, 2010, keyFigure, unit, value, 2009, value, target2014,
                target2020);
    }

    public Path write(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Rapportering");
            wb.createSheet("Andra bladet").createRow(0).createCell(0).setCellValue("ska inte läsas");
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = rows.get(r);
                for (int i = 0; i < cells.size(); i++) {
                    Object v = cells.get(i);
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    }
                    else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

}
