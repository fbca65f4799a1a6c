package se.ukrapport.targets;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import se.ukrapport.domain.Rejection;
import se.ukrapport.domain.survey.MunicipalityRegistry;
import se.ukrapport.domain.targets.StrategyDocument;
import se.ukrapport.ingest.StrategyFolderCheck;
import se.ukrapport.ingest.docs.StrategyTextReader;
import se.ukrapport.ingest.docs.UnreadableDocumentException;

/**
 * One strategy document of a municipality, read and searched for targets. A document that
 * cannot be read is skipped and kept in {@link #unreadable()}, never fatal: one damaged
 * file must not stop the year's report.
 *
 * <p>
 * Safe for several threads at once (the step processes documents side by side): the
 * readers and the extractor hold no state, and the skipped documents are kept in file
 * order, whichever finished first.
 */
public final class StrategyDocumentProcessor implements ItemProcessor<Path, StrategyDocument> {

    private final MunicipalityRegistry registry;

    private final StrategyTextReader textReader = new StrategyTextReader();

    private final TargetExtractor extractor = new TargetExtractor();

    private final Map<Path, Rejection> unreadable = new ConcurrentSkipListMap<>();

    /**
     * @param registry the municipalities the folder check attributed the documents to
     */
    public StrategyDocumentProcessor(MunicipalityRegistry registry) {
        this.registry = registry;
    }

    @Override
    public StrategyDocument process(Path file) {
        String name = file.getFileName().toString();
        String municipality = registry.find(name.substring(0, name.lastIndexOf('.'))).orElseThrow().name();
        String shown = StrategyFolderCheck.FOLDER + "/" + name;
        try {
            StrategyTargets t = extractor.extract(municipality, textReader.read(file));
            return new StrategyDocument(municipality, shown,
                    name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT), t.validity(), t.targets());
        }
        catch (UnreadableDocumentException e) {
            unreadable.put(file,
                    new Rejection(shown, null, null, name, "dokumentet hoppas över: " + e.reason(), null, null));
            return null;
        }
    }

    /** The documents skipped so far, each with its reason, in file order. */
    public List<Rejection> unreadable() {
        return List.copyOf(unreadable.values());
    }

}
