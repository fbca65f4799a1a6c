package se.ukrapport.render.model;

import java.util.List;

public record BulletList(List<List<Inline>> items) implements Block {
}
