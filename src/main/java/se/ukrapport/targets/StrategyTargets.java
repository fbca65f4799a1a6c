package se.ukrapport.targets;

import java.util.List;
import se.ukrapport.domain.targets.MunicipalTarget;

/**
 * What one strategy document yields: its validity period ("" when none) and its targets
 * in order.
 */
public record StrategyTargets(String municipality, String validity, List<MunicipalTarget> targets) {

    public StrategyTargets {
        targets = List.copyOf(targets);
    }
}
