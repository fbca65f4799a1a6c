package se.ukrapport.ingest.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import se.ukrapport.domain.targets.TextBlock.Kind;
import se.ukrapport.domain.targets.StrategyText;
import se.ukrapport.domain.targets.TextBlock;

class StrategyTextReaderTests {

    @TempDir
    Path dir;

    private final StrategyTextReader reader = new StrategyTextReader();

    @Test
    void docxGivesHeadingsParagraphsListItemsAndCellsInBodyOrder() throws Exception {
        Path file = dir.resolve("Testby.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFParagraph h = doc.createParagraph();
            h.setStyle("Heading1");
            h.createRun().setText("Våra mål");
            doc.createParagraph().createRun().setText("Skolornas värme ska minska med 8 % till 2016.");
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ZERO);
            abs.addNewLvl().addNewNumFmt().setVal(STNumberFormat.BULLET);
            BigInteger numId = numbering
                .addNum(numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abs)));
            XWPFParagraph item = doc.createParagraph();
            item.setNumID(numId);
            item.createRun().setText("Halvera oljan i förskolorna");
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Elen i badhuset ska minska med 5 %");
            table.getRow(0).getCell(1).setText("2015");
            doc.createParagraph().createRun().setText("Avslutning.");
            doc.write(out);
        }
        StrategyText text = reader.read(file);
        assertThat(text.blocks()).containsExactly(new TextBlock(Kind.HEADING, "Våra mål"),
                new TextBlock(Kind.PARAGRAPH, "Skolornas värme ska minska med 8 % till 2016."),
                new TextBlock(Kind.LIST_ITEM, "Halvera oljan i förskolorna"),
                new TextBlock(Kind.TABLE_CELL, "Elen i badhuset ska minska med 5 %"),
                new TextBlock(Kind.TABLE_CELL, "2015"), new TextBlock(Kind.PARAGRAPH, "Avslutning."));
    }

    @Test
    void pdfLinesBrokenByLayoutAreRejoined() throws Exception {
        Path file = dir.resolve("Testby.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            Document doc = new Document();
            PdfWriter.getInstance(doc, out);
            doc.open();
            doc.add(new Paragraph("Mål"));
            doc.add(new Paragraph(
                    "Energianvändningen i kommunens idrottshallar ska minska\nmed 12 % till 2019 jämfört med 2009."));
            doc.add(new Paragraph("- Alla tjänstebilar ska vara elbilar år 2022."));
            doc.close();
        }
        StrategyText text = reader.read(file);
        assertThat(text.blocks()).containsExactly(new TextBlock(Kind.HEADING, "Mål"),
                new TextBlock(Kind.PARAGRAPH,
                        "Energianvändningen i kommunens idrottshallar ska minska med 12 % till 2019 jämfört med 2009."),
                new TextBlock(Kind.LIST_ITEM, "Alla tjänstebilar ska vara elbilar år 2022."));
    }

    @Test
    void textFileHasHeadingsParagraphsAndListItems() throws Exception {
        Path file = dir.resolve("Testby.txt");
        Files.writeString(file,
                "Mål\n\nVärmen ska minska\nmed 4 % per år.\n\n- Inga oljepannor 2014\n* Solceller på alla skolor\n1. Fler laddstolpar\n",
                StandardCharsets.UTF_8);
        assertThat(reader.read(file).blocks()).containsExactly(new TextBlock(Kind.HEADING, "Mål"),
                new TextBlock(Kind.PARAGRAPH, "Värmen ska minska med 4 % per år."),
                new TextBlock(Kind.LIST_ITEM, "Inga oljepannor 2014"),
                new TextBlock(Kind.LIST_ITEM, "Solceller på alla skolor"),
                new TextBlock(Kind.LIST_ITEM, "Fler laddstolpar"));
    }

    @Test
    void windows1252TextIsReadToo() throws Exception {
        Path file = dir.resolve("Testby.txt");
        Files.write(file, "Värmen i förskolor ska minska.\n".getBytes("windows-1252"));
        assertThat(reader.read(file).blocks()).extracting(TextBlock::text)
            .containsExactly("Värmen i förskolor ska minska.");
    }

    @Test
    void corruptDocxIsUnreadable() throws Exception {
        Path file = dir.resolve("Trasig.docx");
        Files.write(file, new byte[] { 0x50, 0x4B, 3, 4, 1, 2, 3, 4, 5, 6 });
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableDocumentException.class)
            .hasMessageContaining("dokumentet kan inte läsas");
    }

    @Test
    void textFileNamedDocxIsUnreadable() throws Exception {
        Path file = dir.resolve("Fel.docx");
        Files.writeString(file, "inte ett Word-dokument");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableDocumentException.class)
            .hasMessageContaining("inte en giltig docx");
    }

    @Test
    void notAPdfIsUnreadable() throws Exception {
        Path file = dir.resolve("Fel.pdf");
        Files.writeString(file, "hej");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableDocumentException.class)
            .hasMessageContaining("inte en giltig PDF");
    }

    @Test
    void pdfWithoutTextLayerIsUnreadable() throws Exception {
        Path file = dir.resolve("Skannad.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            Document doc = new Document();
            PdfWriter.getInstance(doc, out);
            doc.open();
            doc.add(new Paragraph(" "));
            doc.close();
        }
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableDocumentException.class)
            .hasMessageContaining("inget textlager");
    }

}
