package se.ukrapport.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import se.ukrapport.domain.Rejection;
import se.ukrapport.domain.InputException;
import se.ukrapport.domain.ReportProperties;

/**
 * Which entries of the input folder the program may read: regular files inside the input
 * folder. A symbolic link that leaves the folder is never followed (its target is not the
 * user's input, and its text would end up in the report), nor is a link that points
 * nowhere, a folder or a device. The files every run reads stop the run when they are
 * such an entry ({@link #requireReadable}); the entries of {@code enkat/} and
 * {@code ees/} the run does not read are listed with their reason ({@link #unread}), as
 * the strategy folder's are.
 */
public final class InputEntries {

    /** The files of the top level and of enkat/ and ees/ that a run reads, by name. */
    private static final Pattern READ_SURVEY = Pattern.compile("(enkat-\\d{4}|kodbok(-\\d{4})?)\\.csv");

    private static final Pattern READ_GRANTS = Pattern.compile("(?i)ees-.*\\.xlsx");

    private static final List<String> TOP_LEVEL = List.of(ReportProperties.FILE, "kommuner.csv", "rattelser.csv");

    private static final List<String> FOLDERS = List.of("enkat", "ees", StrategyFolderCheck.FOLDER);

    private InputEntries() {
    }

    /** Whether the survey step reads a file of enkat/ with this name. */
    public static boolean readInSurveyFolder(String name) {
        return READ_SURVEY.matcher(name).matches();
    }

    /** Whether the grant step reads a file of ees/ with this name. */
    public static boolean readInGrantFolder(String name) {
        return READ_GRANTS.matcher(name).matches() && !name.startsWith(".");
    }

    /**
     * Stops the run, naming the entry, if a folder or a file the run reads is a link out
     * of the input folder, a link to nothing, or not a regular file; checked before
     * anything is read.
     */
    public static void requireReadable(Path input) {
        Path root = realPath(input);
        for (String folder : FOLDERS) {
            Path dir = input.resolve(folder);
            if (Files.isSymbolicLink(dir) && (!Files.exists(dir) || !realPath(dir).startsWith(root))) {
                throw new InputException(folder + "/", null, null, "mappen är en symbolisk länk "
                        + (Files.exists(dir) ? "till en mapp utanför indatamappen" : "som inte pekar på någon mapp")
                        + " och läses inte; lägg filerna i indatamappen " + input);
            }
        }
        List<String> read = new ArrayList<>(TOP_LEVEL);
        read.addAll(entries(input.resolve("enkat"), InputEntries::readInSurveyFolder).stream()
            .map(n -> "enkat/" + n)
            .toList());
        read.addAll(
                entries(input.resolve("ees"), InputEntries::readInGrantFolder).stream().map(n -> "ees/" + n).toList());
        for (String name : read) {
            Path f = input.resolve(name);
            if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Optional<String> why = whyNotReadable(f, root);
            if (why.isPresent()) {
                throw new InputException(name, null, null,
                        "filen läses inte: den är " + why.get() + "; lägg en vanlig fil med det namnet i indatamappen");
            }
        }
    }

    /**
     * The entries of {@code input/folder} the run does not read, each with its reason,
     * for kvalitet/avvisade.csv: an unexpected name, a hidden file, an Office lock file,
     * a folder or a link.
     */
    public static List<Rejection> unread(Path input, String folder, Predicate<String> readByName, String expected) {
        Path dir = input.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Path root = realPath(input);
        List<Rejection> skipped = new ArrayList<>();
        for (String name : entries(dir, n -> true)) {
            Path f = dir.resolve(name);
            Optional<String> why = whyNotReadable(f, root);
            String reason;
            if (readByName.test(name) && why.isEmpty()) {
                continue;
            }
            else if (why.isPresent()) {
                reason = "filen läses inte: " + why.get();
            }
            else if (name.startsWith("~$")) {
                reason = "filen läses inte: en låsfil som Office skriver medan dokumentet är öppet";
            }
            else if (name.startsWith(".")) {
                reason = "filen läses inte: filnamnet börjar med punkt (en dold fil)";
            }
            else {
                reason = "filen läses inte: väntade " + expected;
            }
            skipped.add(new Rejection(folder + "/" + name, null, null, name, reason, null, null));
        }
        return skipped;
    }

    /**
     * Why an entry is no file to read: a folder, a device, a link that points nowhere or
     * out of the input folder. Empty for a regular file inside the input folder.
     */
    public static Optional<String> whyNotReadable(Path f, Path inputRoot) {
        if (Files.isSymbolicLink(f)) {
            if (!Files.exists(f)) {
                return Optional.of("en symbolisk länk som inte pekar på någon fil");
            }
            if (!realPath(f).startsWith(inputRoot)) {
                return Optional.of("en symbolisk länk till en fil utanför indatamappen, som inte läses");
            }
        }
        if (Files.isDirectory(f)) {
            return Optional.of("en mapp, ingen fil");
        }
        if (!Files.isRegularFile(f)) {
            return Optional.of("ingen vanlig fil");
        }
        return Optional.empty();
    }

    /** The path with every link resolved, or as written if it cannot be. */
    public static Path realPath(Path p) {
        try {
            return p.toRealPath();
        }
        catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static List<String> entries(Path dir, Predicate<String> keep) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(keep).sorted().toList();
        }
        catch (IOException e) {
            throw new InputException(dir.getFileName() + "/", null, null, "mappen kan inte läsas: " + e.getMessage(),
                    e);
        }
    }

}
