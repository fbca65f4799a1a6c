package se.ukrapport.render.model;

/** A block of the document model: what both the Word and the PDF writer lay out. */
public sealed interface Block permits Heading, Paragraph, BulletList, Table, Figure {

}
