package se.ukrapport.targets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import se.ukrapport.support.NumberFormats;
import se.ukrapport.domain.targets.FollowUp;
import se.ukrapport.domain.targets.GrantMeasure;
import se.ukrapport.domain.targets.MunicipalTarget;

/**
 * Follows a municipal target up against the grant reporting (EES), which measures the
 * energy use of the municipality's own organisation. A target can be assessed when it is
 * a relative reduction of energy use (procentmål with a percentage and a target year) for
 * the own organisation, and the municipality has reported the matching key figure with a
 * base-year value. The target is then "i fas" when the reduction measured in the grant
 * reporting's window (its base year to its reporting year) is at least what a straight
 * path from the target's base year to its target year requires in that window. Everything
 * else is "kan inte bedömas", with the reason, so the appendix shows why.
 */
public final class TargetFollowUp {

    // "lokaler", not "lokal": "lokal energiproduktion" and "lokalt" are about place, not
    // premises.
    private static final List<String> PREMISES = List.of("lokaler", "lokalyt", "fastighet", "byggnad");

    private static final List<String> TRANSPORT = List.of("transport", "fordon", "resor", "tjänsteresor", "bil");

    /**
     * Words that hold a transport cue without being about transport ("se bilaga 2",
     * "stabil").
     */
    private static final java.util.regex.Pattern NOT_TRANSPORT = java.util.regex.Pattern
        .compile("^(bilag|stabil|mobil|automobil|immobil|labil)|(stabil|mobil|labil)$");

    public FollowUp assess(MunicipalTarget t, List<GrantMeasure> measures) {
        switch (t.category()) {
            case CO2:
                return not(t, "EES-rapporteringen omfattar inte utsläpp");
            case OTHER:
                return not(t, "målet gäller energins slag eller tillförsel, inte hur mycket som används");
            case KWH:
                return not(t, "målet anger en nivå i energienheter, inte en förändring i procent");
            default:
                break;
        }
        if (t.sharePercent() == null) {
            return not(t, "målet anger ingen procentsats");
        }
        if (!MunicipalTarget.DECREASE.equals(t.direction())) {
            return not(t, "målet anger ingen minskning");
        }
        if (t.targetYear() == null) {
            return not(t, "målet anger inget målår");
        }
        if (MunicipalTarget.GEOGRAPHIC_AREA.equals(t.scope())) {
            return not(t, "målet gäller kommunen som geografiskt område; EES avser den egna verksamheten");
        }
        String wanted = keyFigureFor(t.text());
        GrantMeasure m = null;
        for (GrantMeasure g : measures) {
            if (g.keyFigure().toLowerCase(Locale.ROOT).contains(wanted) && g.baseValue() != null && g.value() != null
                    && g.baseYear() != null && g.baseValue().signum() > 0 && (m == null || g.year() > m.year())) {
                m = g;
            }
        }
        if (m == null) {
            return not(t, "kommunen har ingen EES-rapportering med basårsvärde för " + describe(wanted));
        }
        int start = t.baseYear() != null ? t.baseYear() : m.baseYear();
        // The grant reporting measures only its own window (its base year to its
        // reporting year):
        // compare the pace there with what a straight path to the target requires in that
        // window.
        int from = Math.max(start, m.baseYear());
        int to = Math.min(m.year(), t.targetYear());
        if (t.targetYear() <= start || to <= from) {
            return not(t, "EES-rapporteringen (" + m.baseYear() + "–" + m.year()
                    + ") täcker inte någon del av målets period " + start + "–" + t.targetYear());
        }
        BigDecimal achieved = m.baseValue()
            .subtract(m.value())
            .multiply(BigDecimal.valueOf(100))
            .divide(m.baseValue(), MathContext.DECIMAL64);
        BigDecimal required = t.sharePercent()
            .multiply(BigDecimal.valueOf(to - from))
            .divide(BigDecimal.valueOf(t.targetYear() - start), MathContext.DECIMAL64);
        FollowUp.Status status = achieved.setScale(1, RoundingMode.HALF_UP)
            .compareTo(required.setScale(1, RoundingMode.HALF_UP)) >= 0 ? FollowUp.Status.ON_TRACK
                    : FollowUp.Status.OFF_TRACK;
        String change = achieved.signum() >= 0 ? "minskning " + NumberFormats.percent(achieved, 1)
                : "ökning " + NumberFormats.percent(achieved.negate(), 1);
        String basis = m.keyFigure() + ": " + change + " " + m.baseYear() + "–" + m.year() + "; en rak väg mot −"
                + NumberFormats.percent(t.sharePercent(), 0) + " " + start + "–" + t.targetYear() + " kräver "
                + NumberFormats.percent(required, 1) + " under " + from + "–" + to;
        return new FollowUp(t, status, m.keyFigure(), achieved, required, basis);
    }

    static String keyFigureFor(String text) {
        String s = text.toLowerCase(Locale.forLanguageTag("sv-SE"));
        for (String word : s.split("[^\\p{L}]+")) {
            if (PREMISES.stream().anyMatch(word::contains)) {
                return "lokal";
            }
        }
        for (String word : s.split("[^\\p{L}]+")) {
            if (TRANSPORT.stream().anyMatch(word::contains) && !NOT_TRANSPORT.matcher(word).find()) {
                return "transport";
            }
        }
        return "total";
    }

    private static String describe(String wanted) {
        return switch (wanted) {
            case "lokal" -> "energianvändning i lokaler";
            case "transport" -> "energianvändning för transporter";
            default -> "total energianvändning";
        };
    }

    private static FollowUp not(MunicipalTarget t, String why) {
        return new FollowUp(t, FollowUp.Status.NOT_ASSESSABLE, null, null, null, why);
    }

}
