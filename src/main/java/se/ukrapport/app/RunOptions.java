package se.ukrapport.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the user asked for on the command line, paths already resolved against the working
 * directory.
 *
 * @param templates an edited template folder, or null for the templates packaged in the
 * jar
 * @param chapters chapter ids to force (empty: decide by what changed)
 * @param springArgs {@code --spring.*}, {@code --logging.*} options, passed through to
 * Spring Boot
 * @param port {@code --port=N} of the preview: the port to try first
 */
public record RunOptions(Command command, Path input, Path output, Path templates, Set<String> chapters, boolean all,
        boolean validate, List<String> springArgs, Long historyRun, int port) {

    /** The preview's port when {@code --port} is not given. */
    public static final int DEFAULT_PORT = 8080;

    public enum Command {

        /** One report run. */
        RUN,
        /** {@code historik}. */
        HISTORY,
        /** {@code --forhandsgranska}: re-runs on every change, served on 127.0.0.1. */
        PREVIEW

    }

    public static Builder builder(Path workingDir) {
        return new Builder(workingDir);
    }

    /** Builds options; relative paths resolve against the working directory given. */
    public static final class Builder {

        private final Path workingDir;

        private Command command = Command.RUN;

        private Path input;

        private Path output;

        private Path templates;

        private final Set<String> chapters = new LinkedHashSet<>();

        private boolean all;

        private boolean validate;

        private final List<String> springArgs = new ArrayList<>();

        private Long historyRun;

        private Integer port;

        private Builder(Path workingDir) {
            this.workingDir = workingDir;
            this.input = workingDir.resolve("input");
            this.output = workingDir.resolve("output");
        }

        boolean isHistory() {
            return command == Command.HISTORY;
        }

        Command command() {
            return command;
        }

        Integer port() {
            return port;
        }

        boolean isAll() {
            return all;
        }

        boolean hasChapters() {
            return !chapters.isEmpty();
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder command(Command command) {
            this.command = command;
            return this;
        }

        public Builder input(String dir) {
            this.input = workingDir.resolve(dir);
            return this;
        }

        public Builder output(String dir) {
            this.output = workingDir.resolve(dir);
            return this;
        }

        public Builder templates(String dir) {
            this.templates = workingDir.resolve(dir);
            return this;
        }

        public Builder chapter(String id) {
            this.chapters.add(id);
            return this;
        }

        public Builder all(boolean all) {
            this.all = all;
            return this;
        }

        public Builder validate(boolean validate) {
            this.validate = validate;
            return this;
        }

        /** {@code historik N}: the one run to show in full. */
        public Builder historyRun(long run) {
            this.historyRun = run;
            return this;
        }

        public Builder springArg(String arg) {
            this.springArgs.add(arg);
            return this;
        }

        public RunOptions build() {
            return new RunOptions(command, input.toAbsolutePath().normalize(), output.toAbsolutePath().normalize(),
                    templates == null ? null : templates.toAbsolutePath().normalize(), Set.copyOf(chapters), all,
                    validate, List.copyOf(springArgs), historyRun, port == null ? DEFAULT_PORT : port);
        }

    }
}
