package se.ukrapport.normalize;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.ukrapport.domain.grants.GrantMembership;
import se.ukrapport.domain.InputException;
import se.ukrapport.domain.survey.Municipality;
import se.ukrapport.domain.survey.MunicipalityRegistry;
import se.ukrapport.ingest.csv.CsvRow;
import se.ukrapport.domain.grants.GrantRow;
import se.ukrapport.domain.grants.UnitKind;
import se.ukrapport.domain.survey.EnergyUnit;
import se.ukrapport.support.NumberParser;
import se.ukrapport.support.ParsedNumber;

/**
 * The lines of rattelser.csv aimed at grant reporting
 * ({@code kod = ees:<Nyckeltal>:<År>}): each replaces the {@code Värde} of that
 * municipality's row for that key figure and year, taken at face value (an explicit unit
 * wins; a bare number is in the row's own unit). A line that matches no row stops the run
 * after the workbooks are read.
 */
public final class GrantCorrections {

    /** One correction line, and what it was applied to. */
    public record Line(long line, String municipality, String code, String value, String comment, String date) {
    }

    /** A correction as applied, for kvalitet/rattelser.csv. */
    public record Applied(Line line, String before, String after) {
    }

    private final Map<String, Line> byKey = new LinkedHashMap<>();

    private final List<Applied> applied = new ArrayList<>();

    public static GrantCorrections read(Path inputDir, MunicipalityRegistry registry) {
        GrantCorrections c = new GrantCorrections();
        for (CsvRow row : CorrectionFile.lines(inputDir, CorrectionFile::isGrantCode)) {
            String code = row.get("kod");
            String[] parts = code.split(":");
            if (parts.length != 3 || !parts[2].strip().matches("\\d{4}")) {
                throw new InputException(CorrectionFile.FILE, row.line(), "kod",
                        "EES-rättelsens kod ska skrivas ees:<Nyckeltal>:<År>, inte \"" + code + "\"");
            }
            Municipality m = CorrectionFile.municipality(row, registry);
            c.byKey.put(key(m.name(), parts[1], Integer.parseInt(parts[2].strip())), new Line(row.line(), m.name(),
                    code, row.raw("varde").strip(), row.get("kommentar"), row.get("datum")));
        }
        return c;
    }

    static String key(String municipality, String keyFigure, int year) {
        return MunicipalityRegistry.key(municipality) + "|" + keyFigure.strip().toLowerCase(Locale.ROOT) + "|" + year;
    }

    /** The row as corrected, or the row itself when no correction is aimed at it. */
    public GrantRow apply(GrantRow row, GrantMembership.Placement placement) {
        if (byKey.isEmpty() || placement.municipality() == null) {
            return row;
        }
        Line c = byKey.remove(key(placement.municipality().name(), row.keyFigure(), row.year()));
        if (c == null) {
            return row;
        }
        ParsedNumber n = NumberParser.parse(c.value());
        if (!n.usable()) {
            throw new InputException(CorrectionFile.FILE, c.line(), "varde",
                    "rättelsens värde \"" + c.value() + "\" är inget tal");
        }
        BigDecimal value = n.value();
        BigDecimal amount = value;
        java.util.Set<EnergyUnit> units = EnergyUnit.findIn(c.value());
        if (row.unitKind() == UnitKind.ABSOLUTE) {
            EnergyUnit unit = units.size() == 1 ? units.iterator().next()
                    : EnergyUnit.parse(row.unit()).orElse(EnergyUnit.MWH);
            amount = unit.toMwh(value);
        }
        applied
            .add(new Applied(c, row.value() == null ? "" : row.value().toPlainString() + " " + row.unit(), c.value()));
        return new GrantRow(row.file(), row.row(), row.organisationNumber(), row.municipalityCode(), row.organisation(),
                row.type(), row.year(), row.keyFigure(), row.unit(), row.unitKind(), value, amount, row.baseYear(),
                row.baseYearValue(), row.target2014(), row.target2020());
    }

    /** After every workbook is read: a correction left over matched nothing. */
    public void requireAllApplied() {
        if (!byKey.isEmpty()) {
            Line c = byKey.values().iterator().next();
            throw new InputException(CorrectionFile.FILE, c.line(), "kod", "rättelsen matchar ingen rad i EES-data: "
                    + c.municipality() + " har ingen rad för " + c.code().substring(4).replace(':', ' '));
        }
    }

    public List<Applied> applied() {
        return applied;
    }

}
