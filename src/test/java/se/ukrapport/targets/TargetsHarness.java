package se.ukrapport.targets;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.ukrapport.ingest.docs.StrategyTextReader;
import se.ukrapport.ingest.docs.UnreadableDocumentException;
import se.ukrapport.domain.targets.MunicipalTarget;

/**
 * Measurement harness, not part of the pipeline: extracts every strategy document of a
 * folder and writes {@code <out>/data/mal.csv} in the output contract's format, so that
 * check_outputs.py can score the extraction alone. Usage:
 * {@code TargetsHarness <strategier-mapp> <utmapp>}.
 */
public final class TargetsHarness {

    static final String[] HEADER = { "kommun", "kategori", "text", "andel_procent", "riktning", "basar", "malar",
            "omfattning", "giltighet" };

    private TargetsHarness() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Användning: TargetsHarness <strategier-mapp> <utmapp>");
            System.exit(64);
        }
        Path in = Path.of(args[0]);
        Path data = Path.of(args[1]).resolve("data");
        Files.createDirectories(data);
        List<Path> files;
        try (Stream<Path> s = Files.list(in)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        StrategyTextReader reader = new StrategyTextReader();
        TargetExtractor extractor = new TargetExtractor();
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader(HEADER).get();
        try (Writer w = Files.newBufferedWriter(data.resolve("mal.csv"), StandardCharsets.UTF_8)) {
            w.write('\ufeff');
            try (CSVPrinter csv = new CSVPrinter(w, format)) {
                for (Path f : files) {
                    String name = f.getFileName().toString();
                    String municipality = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                    try {
                        StrategyTargets st = extractor.extract(municipality, reader.read(f));
                        for (MunicipalTarget t : st.targets()) {
                            csv.printRecord(t.municipality(), t.category().label(), t.text(),
                                    t.sharePercent() == null ? "" : t.sharePercent().toPlainString().replace('.', ','),
                                    t.direction(), t.baseYear() == null ? "" : t.baseYear(),
                                    t.targetYear() == null ? "" : t.targetYear(), t.scope(), t.validity());
                        }
                    }
                    catch (UnreadableDocumentException e) {
                        System.err.println(e.getMessage());
                    }
                }
            }
        }
    }

}
