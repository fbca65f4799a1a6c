package se.ukrapport.domain.targets;

import java.util.List;

/** The readable text of one strategy document: its blocks in document order. */
public record StrategyText(String source, List<TextBlock> blocks) {

    public StrategyText {
        blocks = List.copyOf(blocks);
    }
}
