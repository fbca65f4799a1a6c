package se.ukrapport.app;

import java.nio.file.Path;
import java.util.Locale;

/** Parses the command line of cli.md; anything else is a {@link UsageException}. */
public final class CommandLineParser {

    public static final String USAGE = """
            Användning:
              java -jar target/uk-rapport.jar [--input=MAPP] [--output=MAPP] [--templates=MAPP]
                                              [--kapitel=ID,ID,...] [--alla] [--validera]
              java -jar target/uk-rapport.jar historik [NR]
              bin/uk-rapport --forhandsgranska [--port=N] [--input=MAPP] [--output=MAPP] [--templates=MAPP]
                  (gör om rapporten vid varje ändring och visar den på http://127.0.0.1:8080/)
            Kapitel-id: kap01 … kap11, bilaga1 … bilaga6.""";

    public RunOptions parse(String[] args, Path workingDir) {
        RunOptions.Builder b = RunOptions.builder(workingDir);
        for (String arg : args) {
            if (arg.equals("historik")) {
                requireNoOtherCommand(b, RunOptions.Command.HISTORY);
                b.command(RunOptions.Command.HISTORY);
            }
            else if (arg.matches("\\d{1,9}") && b.isHistory()) {
                b.historyRun(Long.parseLong(arg));
            }
            else if (arg.startsWith("--input=")) {
                b.input(value(arg));
            }
            else if (arg.startsWith("--output=")) {
                b.output(value(arg));
            }
            else if (arg.startsWith("--templates=")) {
                b.templates(value(arg));
            }
            else if (arg.startsWith("--kapitel=")) {
                for (String id : value(arg).split(",")) {
                    String c = id.strip().toLowerCase(Locale.ROOT);
                    if (!ChapterIds.ALL.contains(c)) {
                        throw new UsageException("Okänt kapitel-id \"" + id.strip() + "\". Giltiga id: "
                                + String.join(", ", ChapterIds.ALL) + ".");
                    }
                    b.chapter(c);
                }
            }
            else if (arg.equals("--alla")) {
                b.all(true);
            }
            else if (arg.equals("--validera")) {
                b.validate(true);
            }
            else if (arg.equals("--forhandsgranska")) {
                requireNoOtherCommand(b, RunOptions.Command.PREVIEW);
                b.command(RunOptions.Command.PREVIEW);
            }
            else if (arg.startsWith("--port=")) {
                String v = value(arg);
                if (!v.matches("\\d{1,5}") || Integer.parseInt(v) > 65535) {
                    throw new UsageException("Ogiltigt portnummer \"" + v + "\": ange ett tal mellan 0 och 65535.");
                }
                b.port(Integer.parseInt(v));
            }
            else if (arg.startsWith("--spring.") || arg.startsWith("--logging.")) {
                b.springArg(arg);
            }
            else if (arg.equals("--help") || arg.equals("-h") || arg.equals("--hjalp")) {
                throw new UsageException(USAGE);
            }
            else {
                throw new UsageException("Okänt argument \"" + arg + "\".\n" + USAGE);
            }
        }
        if (b.command() == RunOptions.Command.PREVIEW && (b.isAll() || b.hasChapters())) {
            throw new UsageException(
                    "--forhandsgranska kan inte kombineras med --alla eller --kapitel: förhandsgranskningen"
                            + " gör om de kapitel som ändras. Kör först utan --forhandsgranska om allt ska göras om.");
        }
        if (b.port() != null && b.command() != RunOptions.Command.PREVIEW) {
            throw new UsageException("--port gäller bara tillsammans med --forhandsgranska.\n" + USAGE);
        }
        return b.build();
    }

    private static void requireNoOtherCommand(RunOptions.Builder b, RunOptions.Command wanted) {
        if (b.command() != RunOptions.Command.RUN && b.command() != wanted) {
            throw new UsageException("historik och --forhandsgranska kan inte användas samtidigt.\n" + USAGE);
        }
    }

    private static String value(String arg) {
        String v = arg.substring(arg.indexOf('=') + 1).strip();
        if (v.isEmpty()) {
            throw new UsageException("Argumentet " + arg + " saknar värde.\n" + USAGE);
        }
        return v;
    }

}
