package org.noticeboard.cli;

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
                ServeCommand.class, NewCommand.class, DecapConfigCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 content errors, 2 usage, 3 bug). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("noticeboard: internal error: " + e
                    + "\n  please report this; run again with --debug for details");
            if (Boolean.getBoolean("noticeboard.debug")) {
                e.printStackTrace(commandLine.getErr());
            }
            return ExitCodes.INTERNAL;
        });
        return cli.execute(args);
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
