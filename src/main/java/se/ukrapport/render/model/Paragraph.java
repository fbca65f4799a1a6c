package se.ukrapport.render.model;

import java.util.List;

public record Paragraph(List<Inline> inlines) implements Block {
}
