package se.ukrapport.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The input and output folders must be apart: the output path is a folder (or does not
 * exist yet), not the input folder, not inside it and not around it. Otherwise a run
 * would replace a file of the user's or write the report among the input files.
 */
final class FolderCheck {

    private FolderCheck() {
    }

    /**
     * A Swedish message naming both paths if the output path cannot be used, else empty.
     */
    static Optional<String> problem(Path input, Path output) {
        Path in = real(input);
        Path out = real(output);
        if (Files.exists(output) && !Files.isDirectory(output)) {
            return Optional.of("Utdatamappen " + output + " är en fil, inte en mapp; inget har skrivits. "
                    + "Ange en mapp med --output (indata läses från " + input + ").");
        }
        if (out.equals(in)) {
            return Optional.of("Utdatamappen " + output + " är samma mapp som indatamappen " + input
                    + "; inget har skrivits. Ange en annan mapp med --output.");
        }
        if (out.startsWith(in)) {
            return Optional.of("Utdatamappen " + output + " ligger i indatamappen " + input
                    + "; inget har skrivits. Ange en mapp utanför indata med --output.");
        }
        if (in.startsWith(out)) {
            return Optional.of("Utdatamappen " + output + " innehåller indatamappen " + input
                    + "; inget har skrivits. Ange en mapp som inte innehåller indata med --output.");
        }
        return Optional.empty();
    }

    /** The path with symbolic links resolved as far as it exists; the rest as written. */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        }
        catch (IOException e) {
            return abs;
        }
    }

}
