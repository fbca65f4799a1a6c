package se.ukrapport.domain.targets;

import java.util.List;

/**
 * One strategy document after extraction: whose it is, where it came from, its validity
 * period and its targets (empty when none were found).
 */
public record StrategyDocument(String municipality, String file, String format, String validity,
        List<MunicipalTarget> targets) {
}
