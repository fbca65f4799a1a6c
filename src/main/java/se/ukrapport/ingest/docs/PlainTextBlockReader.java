package se.ukrapport.ingest.docs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import se.ukrapport.ingest.TextEncoding;
import se.ukrapport.domain.targets.TextBlock;

/**
 * Plain text: UTF-8 as specified, Windows-1252 tolerated; blank lines separate blocks.
 */
class PlainTextBlockReader {

    List<TextBlock> read(Path file) throws IOException {
        String text = TextEncoding.readString(file);
        if (text.indexOf('\u0000') >= 0) {
            throw new UnreadableDocumentException(file.getFileName().toString(), "filen är inte en textfil");
        }
        return LineBlockBuilder.build(text.lines().toList());
    }

}
