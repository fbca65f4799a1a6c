package se.ukrapport.ingest.xlsx;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;

import se.ukrapport.domain.InputException;
import se.ukrapport.ingest.PoiLimits;
import se.ukrapport.domain.survey.EnergyUnit;
import se.ukrapport.support.NumberParser;
import se.ukrapport.support.ParsedNumber;
import se.ukrapport.domain.Rejection;
import se.ukrapport.domain.grants.GrantRow;
import se.ukrapport.domain.grants.UnitKind;

/**
 * Reads the first sheet of one grant workbook (ees/ees-&lt;year&gt;.xlsx,
 * input-formats.md) row by row and hands each usable row on as a {@link GrantRow}, so
 * that memory stays bounded however long the sheet is. Columns are found by their header
 * in row 1, in any order, ignoring case and spaces.
 * <p>
 * What is not usable is passed on as a {@link Rejection} (a line of
 * kvalitet/avvisade.csv): a {@code Värde} that is not a number skips its row; a target or
 * base-year cell that is not a number counts as missing. An empty target is simply
 * missing. A workbook that cannot be read, or lacks a required column, stops the run with
 * an {@link InputException}.
 */
public final class GrantWorkbookReader {

    public static final String ORGANISATION_NUMBER = "Organisationsnummer";

    public static final String MUNICIPALITY_CODE = "Kommunkod";

    public static final String ORGANISATION = "Organisation";

    public static final String TYPE = "Typ";

    public static final String YEAR = "År";

    public static final String KEY_FIGURE = "Nyckeltal";

    public static final String UNIT = "Enhet";

    public static final String VALUE = "Värde";

    public static final String BASE_YEAR = "Basår";

    public static final String BASE_YEAR_VALUE = "Basårsvärde";

    public static final String TARGET_2014 = "Mål 2014 (%)";

    public static final String TARGET_2020 = "Mål 2020 (%)";

    private static final List<String> OPTIONAL = List.of(ORGANISATION_NUMBER, BASE_YEAR, BASE_YEAR_VALUE);

    /**
     * Columns every grant workbook must have in its header row (row 1 of the first
     * sheet).
     */
    public static final List<String> REQUIRED = List.of(MUNICIPALITY_CODE, ORGANISATION, TYPE, YEAR, KEY_FIGURE, UNIT,
            VALUE, TARGET_2014, TARGET_2020);

    /** What one workbook gave: rows handed on and rows skipped. */
    public record Result(String file, String sheet, long rows, long skippedRows) {
    }

    /**
     * @param file the workbook
     * @param shownName how messages name it, e.g. {@code ees/ees-2010.xlsx}
     * @param rows receives each usable row, in sheet order
     * @param rejections receives each value that could not be used
     */
    public Result read(Path file, String shownName, Consumer<GrantRow> rows, Consumer<Rejection> rejections) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(shownName, null, null, "filen finns inte");
        }
        long size = sizeOf(file, shownName);
        if (size > MAX_WORKBOOK_BYTES) {
            throw new InputException(shownName, null, null,
                    "arbetsboken är " + size / (1024 * 1024) + " MB, mer än gränsen "
                            + MAX_WORKBOOK_BYTES / (1024 * 1024)
                            + " MB för en EES-arbetsbok; dela upp den per år (ees-<år>.xlsx)");
        }
        RowInterpreter interpreter = new RowInterpreter(shownName, rows, rejections);
        PoiLimits.apply();
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            String sheet = SheetRowStreamer.streamFirstSheet(pkg, interpreter::accept);
            interpreter.finish();
            return new Result(shownName, sheet, interpreter.rowsOut, interpreter.skipped);
        }
        catch (InputException e) {
            throw e;
        }
        catch (SheetRowStreamer.CellTooLongException e) {
            throw new InputException(shownName, e.row, columnName(e.column), "cellen har mer än "
                    + "32 767 tecken, Excels gräns för en cell; arbetsboken är inte skriven av Excel eller är skadad",
                    e);
        }
        catch (SheetRowStreamer.NoSheetException e) {
            throw new InputException(shownName, null, null, "arbetsboken har inga blad", e);
        }
        catch (Exception e) {
            String refusal = PoiLimits.refusal(e);
            if (refusal != null) {
                throw new InputException(shownName, null, null, refusal, e);
            }
            // Not a zip, not OOXML, a broken sheet XML, an old .xls: all the same to the
            // user.
            throw new InputException(shownName, null, null, "filen är inte en läsbar Excel-arbetsbok (.xlsx)"
                    + (e.getMessage() == null ? "" : " (teknisk orsak: " + e.getMessage() + ")"), e);
        }
        finally {
            if (pkg != null) {
                // Read-only: revert, never save.
                pkg.revert();
            }
        }
    }

    /**
     * The largest workbook read: a grant sheet of 2 900 municipalities over ten years is
     * a few MB, so this only stops what is no grant report (and would take minutes before
     * failing).
     */
    public static final long MAX_WORKBOOK_BYTES = 200L * 1024 * 1024;

    private static long sizeOf(Path file, String shownName) {
        try {
            return Files.size(file);
        }
        catch (java.io.IOException e) {
            throw new InputException(shownName, null, null, "filen kan inte läsas: " + e.getMessage(), e);
        }
    }

    /** Excel's column letters for a 0-based index: 0 → A, 27 → AB. */
    static String columnName(int index) {
        StringBuilder sb = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            sb.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return sb.toString();
    }

    /**
     * The {@code kod} of rattelser.csv for a grant value: {@code ees:<Nyckeltal>:<År>}.
     */
    public static String correctionCode(String keyFigure, Integer year) {
        return GrantRow.correctionCode(keyFigure, year);
    }

    /**
     * How headers are compared: case, all whitespace (also no-break spaces) and m²/m2 do
     * not matter.
     */
    static String headerKey(String header) {
        return header == null ? ""
                : header.replace('²', '2').replaceAll("[\\s\\u00a0\\u202f]+", "").toLowerCase(Locale.ROOT);
    }

    /**
     * Absolute units → their EnergyUnit; anything with a slash is specific; the rest
     * unknown.
     */
    static UnitKind unitKind(String unit) {
        if (EnergyUnit.parse(unit).isPresent()) {
            return UnitKind.ABSOLUTE;
        }
        return unit != null && unit.contains("/") ? UnitKind.SPECIFIC : UnitKind.UNKNOWN;
    }

    /**
     * Digits are a municipality code: padded to four with leading zeros (Excel drops them
     * from 0484).
     */
    static String municipalityCode(SheetCell cell) {
        if (cell == null || cell.isBlank()) {
            return "";
        }
        String text = clean(cell.text());
        if (cell.kind() == SheetCell.Kind.NUMBER && text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        if (text.matches("\\d{1,4}")) {
            return "0".repeat(4 - text.length()) + text;
        }
        return text;
    }

    /**
     * A number cell as is; typed text through NumberParser ("12 345,6", "8,5 %"); a range
     * is not one number.
     */
    static Optional<BigDecimal> number(SheetCell cell) {
        if (cell == null) {
            return Optional.empty();
        }
        return switch (cell.kind()) {
            case NUMBER -> Optional.of(new BigDecimal(cell.text()));
            case TEXT -> {
                ParsedNumber p = NumberParser.parse(cell.text());
                yield p.usable() && !p.range() ? Optional.of(p.value()) : Optional.empty();
            }
            default -> Optional.empty();
        };
    }

    static Optional<Integer> wholeNumber(SheetCell cell) {
        return number(cell).flatMap(n -> {
            try {
                return Optional.of(n.stripTrailingZeros().intValueExact());
            }
            catch (ArithmeticException e) {
                return Optional.empty();
            }
        });
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace('\u00a0', ' ').replace('\u202f', ' ').strip().replaceAll("\\s+", " ");
    }

    /** Turns raw sheet rows into GrantRows; the first row seen is the header. */
    private static final class RowInterpreter {

        private final String file;

        private final Consumer<GrantRow> rows;

        private final Consumer<Rejection> rejections;

        private Map<String, Integer> columns;

        private boolean headerSeen;

        private long rowsOut;

        private long skipped;

        RowInterpreter(String file, Consumer<GrantRow> rows, Consumer<Rejection> rejections) {
            this.file = file;
            this.rows = rows;
            this.rejections = rejections;
        }

        void accept(long rowNumber, Map<Integer, SheetCell> cells) {
            if (!headerSeen) {
                header(rowNumber, cells);
                return;
            }
            if (cells.values().stream().allMatch(SheetCell::isBlank)) {
                return;
            }
            data(rowNumber, cells);
        }

        /** A sheet with no row at all still has to fail on its missing columns. */
        void finish() {
            if (!headerSeen) {
                header(1, Map.of());
            }
        }

        private void header(long rowNumber, Map<Integer, SheetCell> cells) {
            headerSeen = true;
            Map<String, Integer> byKey = new LinkedHashMap<>();
            cells.forEach((index, cell) -> byKey.putIfAbsent(headerKey(cell.text()), index));
            columns = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            for (String name : allColumns()) {
                Integer index = byKey.get(headerKey(name));
                if (index != null) {
                    columns.put(name, index);
                }
                else if (!OPTIONAL.contains(name)) {
                    missing.add(name);
                }
            }
            if (!missing.isEmpty()) {
                throw new InputException(file, rowNumber, missing.get(0),
                        "kolumnen saknas i rubrikraden på första bladet (saknas: " + String.join(", ", missing) + ")");
            }
        }

        private static List<String> allColumns() {
            return List.of(ORGANISATION_NUMBER, MUNICIPALITY_CODE, ORGANISATION, TYPE, YEAR, KEY_FIGURE, UNIT, VALUE,
                    BASE_YEAR, BASE_YEAR_VALUE, TARGET_2014, TARGET_2020);
        }

        private SheetCell cell(Map<Integer, SheetCell> cells, String column) {
            Integer index = columns.get(column);
            return index == null ? null : cells.get(index);
        }

        private String text(Map<Integer, SheetCell> cells, String column) {
            SheetCell c = cell(cells, column);
            return c == null ? "" : clean(c.text());
        }

        private static boolean blank(SheetCell c) {
            return c == null || c.isBlank();
        }

        private void data(long row, Map<Integer, SheetCell> cells) {
            String organisation = text(cells, ORGANISATION);
            String keyFigure = text(cells, KEY_FIGURE);

            SheetCell yearCell = cell(cells, YEAR);
            Optional<Integer> year = wholeNumber(yearCell);
            if (year.isEmpty()) {
                skip(row, YEAR, yearCell, organisation, correctionCode(keyFigure, null), blank(yearCell)
                        ? "året saknas – raden används inte" : "året är inte ett årtal – raden används inte");
                return;
            }
            String code = correctionCode(keyFigure, year.get());
            if (keyFigure.isEmpty()) {
                skip(row, KEY_FIGURE, cell(cells, KEY_FIGURE), organisation, code,
                        "nyckeltalet saknas – raden används inte");
                return;
            }
            SheetCell valueCell = cell(cells, VALUE);
            Optional<BigDecimal> value = number(valueCell);
            if (value.isEmpty()) {
                skip(row, VALUE, valueCell, organisation, code, blank(valueCell) ? "värdet saknas – raden används inte"
                        : "värdet är inte ett tal – raden används inte");
                return;
            }
            String unit = text(cells, UNIT);
            UnitKind kind = unitKind(unit);
            if (kind == UnitKind.UNKNOWN) {
                reject(row, UNIT, cell(cells, UNIT), organisation, code,
                        "okänd enhet – värdet räknas inte om till MWh och summeras inte");
            }

            Integer baseYear = null;
            SheetCell baseYearCell = cell(cells, BASE_YEAR);
            if (!blank(baseYearCell)) {
                baseYear = wholeNumber(baseYearCell).orElse(null);
                if (baseYear == null) {
                    reject(row, BASE_YEAR, baseYearCell, organisation, code,
                            "basåret är inte ett årtal – räknas som saknat");
                }
            }
            BigDecimal baseYearValue = optionalNumber(row, cells, BASE_YEAR_VALUE, organisation, code,
                    "basårsvärdet är inte ett tal – räknas som saknat");
            BigDecimal target2014 = optionalNumber(row, cells, TARGET_2014, organisation, code,
                    "målet är inte ett tal – räknas som saknat");
            BigDecimal target2020 = optionalNumber(row, cells, TARGET_2020, organisation, code,
                    "målet är inte ett tal – räknas som saknat");

            rows.accept(new GrantRow(file, row, text(cells, ORGANISATION_NUMBER),
                    municipalityCode(cell(cells, MUNICIPALITY_CODE)), organisation, text(cells, TYPE), year.get(),
                    keyFigure, unit, kind, value.get(), normalise(value.get(), unit, kind), baseYear,
                    baseYearValue == null ? null : normalise(baseYearValue, unit, kind), target2014, target2020));
            rowsOut++;
        }

        private BigDecimal optionalNumber(long row, Map<Integer, SheetCell> cells, String column, String organisation,
                String code, String reason) {
            SheetCell c = cell(cells, column);
            if (blank(c)) {
                return null;
            }
            Optional<BigDecimal> n = number(c);
            if (n.isEmpty()) {
                reject(row, column, c, organisation, code, reason);
            }
            return n.orElse(null);
        }

        private static BigDecimal normalise(BigDecimal value, String unit, UnitKind kind) {
            return kind == UnitKind.ABSOLUTE ? EnergyUnit.parse(unit).orElseThrow().toMwh(value) : value;
        }

        private void skip(long row, String column, SheetCell cell, String organisation, String code, String reason) {
            skipped++;
            reject(row, column, cell, organisation, code, reason);
        }

        private void reject(long row, String column, SheetCell cell, String organisation, String code, String reason) {
            rejections
                .accept(new Rejection(file, row, column, cell == null ? "" : cell.text(), reason, organisation, code));
        }

    }

}
