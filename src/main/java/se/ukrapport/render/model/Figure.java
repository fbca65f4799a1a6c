package se.ukrapport.render.model;

/** A numbered figure: a chart with its caption and the alt text that describes it. */
public record Figure(String id, String caption, String alt, Chart chart) implements Block {
}
