package se.ukrapport.aggregate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

import se.ukrapport.domain.survey.MunicipalityRegistry;
import se.ukrapport.domain.grants.GrantRow;
import se.ukrapport.domain.grants.PlacedGrantRow;
import se.ukrapport.domain.grants.GrantMembership;
import se.ukrapport.domain.grants.GrantTargetSummary;

/**
 * Reduction targets of the grant reporting per reporting year, key figure and group
 * (data/ees-mal.csv). Rows are folded into running sums as they stream past, so memory
 * grows with the number of years × key figures × groups, not with the number of rows.
 * <p>
 * Groups, in output order: {@value GrantMembership#PROGRAMME},
 * {@value GrantMembership#OTHERS}, {@value GrantMembership#COUNTY_COUNCILS}, then each
 * cluster in kommuner.csv's order. Every group gets a row for every year and key figure
 * seen, with count 0 and empty means where nothing applies.
 */
public final class GrantTargetAggregator implements Consumer<GrantRow> {

    private final GrantMembership membership;

    private final List<String> groups;

    /**
     * Key figures by comparison key, in order of first appearance, with their first
     * spelling.
     */
    private final Map<String, String> keyFigures = new LinkedHashMap<>();

    private final TreeSet<Integer> years = new TreeSet<>();

    private final Map<Key, Sums> sums = new HashMap<>();

    private record Key(int year, String keyFigure, String group) {
    }

    /** Running totals of one cell of the table. */
    private static final class Sums {

        long count;

        long n2014;

        BigDecimal sum2014 = BigDecimal.ZERO;

        long n2020;

        BigDecimal sum2020 = BigDecimal.ZERO;

        void add(GrantRow row) {
            count++;
            if (row.target2014() != null) {
                n2014++;
                sum2014 = sum2014.add(row.target2014());
            }
            if (row.target2020() != null) {
                n2020++;
                sum2020 = sum2020.add(row.target2020());
            }
        }

    }

    public GrantTargetAggregator(MunicipalityRegistry registry) {
        this.membership = new GrantMembership(registry);
        List<String> g = new ArrayList<>(
                List.of(GrantMembership.PROGRAMME, GrantMembership.OTHERS, GrantMembership.COUNTY_COUNCILS));
        g.addAll(registry.clusters());
        this.groups = List.copyOf(g);
    }

    /** The groups in output order. */
    public List<String> groups() {
        return groups;
    }

    @Override
    public void accept(GrantRow row) {
        add(new PlacedGrantRow(row, membership.place(row)));
    }

    /** A row already placed in its group when it was read. */
    public void add(PlacedGrantRow placed) {
        GrantRow row = placed.row();
        String kf = MunicipalityRegistry.key(row.keyFigure());
        keyFigures.putIfAbsent(kf, row.keyFigure());
        years.add(row.year());
        // A row without targets still makes its year and key figure appear (with count
        // 0).
        if (!row.hasTarget()) {
            return;
        }
        GrantMembership.Placement p = placed.placement();
        sums.computeIfAbsent(new Key(row.year(), kf, p.group()), k -> new Sums()).add(row);
        if (p.cluster() != null) {
            sums.computeIfAbsent(new Key(row.year(), kf, p.cluster()), k -> new Sums()).add(row);
        }
    }

    /**
     * Ordered by year, key figure (first appearance), group. Means unrounded: rounding is
     * the writer's job.
     */
    public List<GrantTargetSummary> summaries() {
        List<GrantTargetSummary> out = new ArrayList<>();
        for (int year : years) {
            for (Map.Entry<String, String> kf : keyFigures.entrySet()) {
                for (String group : groups) {
                    Sums s = sums.get(new Key(year, kf.getKey(), group));
                    out.add(s == null ? new GrantTargetSummary(group, kf.getValue(), year, 0, null, null)
                            : new GrantTargetSummary(group, kf.getValue(), year, s.count, mean(s.sum2014, s.n2014),
                                    mean(s.sum2020, s.n2020)));
                }
            }
        }
        return out;
    }

    private static BigDecimal mean(BigDecimal sum, long n) {
        return n == 0 ? null : sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
    }

}
