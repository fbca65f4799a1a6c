package se.ukrapport.render.model;

import java.util.List;

/** One chapter or appendix: its id (cli.md), title and content. */
public record Chapter(String id, String title, List<Block> blocks) {
}
