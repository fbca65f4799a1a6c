package se.ukrapport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import se.ukrapport.aggregate.GrantTargetAggregator;
import se.ukrapport.domain.survey.MunicipalityRegistry;
import se.ukrapport.ingest.csv.MunicipalityFileReader;
import se.ukrapport.ingest.xlsx.GrantWorkbooks;
import se.ukrapport.ingest.xlsx.GrantWorkbookReader;
import se.ukrapport.domain.Rejection;
import se.ukrapport.render.csv.GrantDataExport;

/**
 * Runs the grant part alone, without Spring:
 * {@code GrantHarness <input dir> <output dir>} writes
 * {@code <output dir>/data/ees-mal.csv}, so that it can be scored with check_outputs.py
 * before the batch job wires it in.
 */
public final class GrantHarness {

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("användning: GrantHarness <indatamapp> <utdatamapp>");
            System.exit(2);
        }
        Path input = Path.of(args[0]);
        Path output = Path.of(args[1]);
        MunicipalityRegistry registry = new MunicipalityFileReader().read(input);
        GrantTargetAggregator aggregator = new GrantTargetAggregator(registry);
        List<Rejection> rejections = new ArrayList<>();
        GrantWorkbookReader reader = new GrantWorkbookReader();
        for (String name : GrantWorkbooks.workbooks(input)) {
            GrantWorkbookReader.Result r = reader.read(input.resolve(name), name, aggregator, rejections::add);
            System.out.println(r);
        }
        rejections.forEach(System.out::println);
        Path file = GrantDataExport.write(output.resolve("data"), aggregator.summaries());
        System.out.println("skrev " + file);
    }

}
