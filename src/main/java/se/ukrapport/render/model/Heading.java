package se.ukrapport.render.model;

/** A heading of level 1–3; level 1 starts a chapter or appendix. */
public record Heading(int level, String text) implements Block {
}
