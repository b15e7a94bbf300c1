package org.noticeboard.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.noticeboard.diag.Language;
import org.noticeboard.diag.Message;
import org.noticeboard.diag.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code noticeboard} command: the only place that reads arguments, prints and exits. */
@Command(
        name = "noticeboard",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Builds the public notice boards of a street office and its communities "
                + "into a static website and printable posters.",
        subcommands = {BuildCommand.class, CheckCommand.class, NextChangeCommand.class,
                PrintCommand.class,
                ServeCommand.class, NewCommand.class, InitCommand.class,
                DecapConfigCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line and returns the exit code: 0 ok, 1 content errors, 2 usage or
     * settings, 3 a bug, 4 the environment (see {@link ExitCodes}).
     */
    public static int run(String... args) {
        return execute(new CommandLine(new Main()), args);
    }

    /**
     * Runs {@code cli}: a failure of the machine (an input/output error) exits 4 with a message
     * saying what to do; anything else unexpected is a bug, exit 3, with its stack trace under
     * {@code --debug}.
     */
    static int execute(CommandLine cli, String... args) {
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            boolean debug = commandLine.getParseResult().hasMatchedOption("--debug");
            var io = EnvironmentFailure.cause(e);
            Messages messages = Messages.of(language(commandLine.getParseResult()));
            if (io.isPresent()) {
                err.println(messages.text("cli-error", "message",
                        EnvironmentFailure.describe(io.get())));
            } else {
                Message internal = Message.of("cli-internal", "problem", e);
                err.println(messages.message(internal) + "\n  "
                        + (debug ? messages.text("cli-internal.hint.debug")
                                : messages.hint(internal)));
            }
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return io.isPresent() ? ExitCodes.ENVIRONMENT : ExitCodes.INTERNAL;
        });
        return cli.execute(args);
    }

    /** --lang if it was given and makes sense, else the system's language. */
    private static Language language(CommandLine.ParseResult parsed) {
        String lang = parsed.matchedOptionValue("--lang", null);
        return Language.parse(lang).orElseGet(() -> Language.of(Locale.getDefault()));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"noticeboard " + (v == null ? "dev" : v)};
        }
    }
}
