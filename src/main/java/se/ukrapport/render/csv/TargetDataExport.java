package se.ukrapport.render.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import se.ukrapport.render.docx.DeterministicZip;
import se.ukrapport.domain.targets.MunicipalTarget;
import se.ukrapport.support.SwedishOrder;

/**
 * data/mal.csv and data/mal.xlsx: one row per target sentence, municipalities in Swedish
 * alphabetical order, targets in document order. The workbook is for the unit's own
 * follow-up: parsed fields as typed columns, autofilter and a frozen header row.
 */
public final class TargetDataExport {

    public static final List<String> HEADER = List.of("kommun", "kategori", "text", "andel_procent", "riktning",
            "basar", "malar", "omfattning", "giltighet");

    /**
     * Rows kept in memory before they are written out; the header row is among the first.
     */
    private static final int ROW_WINDOW = 200;

    private TargetDataExport() {
    }

    public static List<MunicipalTarget> sorted(List<MunicipalTarget> targets) {
        return sorted(targets, new SwedishOrder());
    }

    public static List<MunicipalTarget> sorted(List<MunicipalTarget> targets, Comparator<String> sv) {
        List<MunicipalTarget> out = new ArrayList<>(targets);
        // stable sort: document order is kept within a municipality
        out.sort(Comparator.comparing(MunicipalTarget::municipality, sv));
        return out;
    }

    public static void write(Path dataDir, List<MunicipalTarget> targets, LocalDate date) {
        List<MunicipalTarget> rows = sorted(targets);
        List<List<String>> csv = new ArrayList<>();
        for (MunicipalTarget t : rows) {
            csv.add(List.of(t.municipality(), t.category().label(), t.text(),
                    t.sharePercent() == null ? "" : plain(t.sharePercent()), t.direction(), year(t.baseYear()),
                    year(t.targetYear()), t.scope(), t.validity()));
        }
        CsvFileWriter.write(dataDir.resolve("mal.csv"), HEADER, csv);
        writeWorkbook(dataDir.resolve("mal.xlsx"), rows, date);
    }

    /** "20", "12,5": the share without trailing zeros, decimal comma. */
    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String year(Integer y) {
        return y == null ? "" : y.toString();
    }

    /**
     * Written with POI's streaming workbook (SXSSF, inline strings): the rows go straight
     * to the sheet's XML instead of an XMLBeans tree per cell, which at thousands of
     * municipalities (10 000 targets) was most of the aggregation step's own time.
     */
    private static void writeWorkbook(Path file, List<MunicipalTarget> rows, LocalDate date) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(ROW_WINDOW)) {
            // No Zip64 headers (the file stays far below 4 GB): java.util.zip, which
            // makes the file's bytes deterministic below, refuses their sizes.
            wb.setZip64Mode(Zip64Mode.Never);
            Sheet sheet = wb.createSheet("Mål");
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            Row h = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                h.createCell(i).setCellValue(HEADER.get(i));
                h.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (MunicipalTarget t : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(CsvCells.safe(t.municipality()));
                row.createCell(1).setCellValue(t.category().label());
                row.createCell(2).setCellValue(CsvCells.safe(t.text()));
                row.getCell(2).setCellStyle(wrap);
                if (t.sharePercent() != null) {
                    row.createCell(3).setCellValue(t.sharePercent().doubleValue());
                }
                row.createCell(4).setCellValue(CsvCells.safe(t.direction()));
                if (t.baseYear() != null) {
                    row.createCell(5).setCellValue(t.baseYear());
                }
                if (t.targetYear() != null) {
                    row.createCell(6).setCellValue(t.targetYear());
                }
                row.createCell(7).setCellValue(CsvCells.safe(t.scope()));
                row.createCell(8).setCellValue(CsvCells.safe(t.validity()));
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADER.size() - 1));
            int[] widths = { 14, 12, 80, 10, 9, 7, 7, 18, 10 };
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            if (date != null) {
                wb.getXSSFWorkbook()
                    .getProperties()
                    .getCoreProperties()
                    .setCreated(java.util.Optional
                        .of(java.util.Date.from(date.atStartOfDay().toInstant(java.time.ZoneOffset.UTC))));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            Files.createDirectories(file.getParent());
            Files.write(file, DeterministicZip.normalise(out.toByteArray(), date));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
