package dev.muster.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code muster} command-line tool: {@code extract} figures from article files, and
 * {@code reconcile} them across articles. It never prints a stack trace: a failure is one line
 * {@code muster: error: ...} on standard error and an exit status.
 */
@Command(name = "muster", mixinStandardHelpOptions = true, versionProvider = MusterCommand.Version.class,
    description = "Typed, sourced manpower figures from news and intelligence reporting.",
    subcommands = {ExtractCommand.class, ReconcileCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = MusterCommand.EXIT_HEADING,
    exitCodeList = {MusterCommand.EXIT_OK, MusterCommand.EXIT_FAILED, MusterCommand.EXIT_USAGE})
public final class MusterCommand implements Callable<Integer> {

  static final String EXIT_HEADING = "%nExit status:%n";
  static final String EXIT_OK = "0:every file was read";
  static final String EXIT_FAILED = "1:a file could not be read (the others were)";
  static final String EXIT_USAGE = "2:a usage error, or the output could not be written";

  /** Exit status: every input was read and the output written. */
  public static final int OK = 0;
  /** Exit status: at least one input file could not be read; the others were. */
  public static final int INPUT_FAILED = 1;
  /** Exit status: a usage error, or the output could not be written. */
  public static final int USAGE = 2;

  private final Console console;

  @CommandLine.Spec
  CommandSpec spec;

  /** Returns the command on this process's standard streams. */
  public MusterCommand() {
    this(Console.system());
  }

  MusterCommand(Console console) {
    this.console = Objects.requireNonNull(console, "console");
  }

  /** Without a subcommand: the usage, and a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /** Runs the command line on this process's standard streams and returns its exit status. */
  public static int run(String... args) {
    return execute(Console.system(), args);
  }

  /** Runs the command line on the given console and returns its exit status. */
  static int execute(Console console, String... args) {
    try {
      return commandLine(new MusterCommand(console), new PrintWriter(console.out()), console.err())
          .execute(args);
    } finally {
      console.err().flush();
    }
  }

  /**
   * Returns a command line for {@code command} writing to {@code out} and {@code err}, whose
   * failures are one line on {@code err}.
   */
  static CommandLine commandLine(Object command, PrintWriter out, PrintWriter err) {
    return new CommandLine(command).setOut(out).setErr(err)
        .setExecutionExceptionHandler((e, cl, parsed) -> {
          cl.getErr().println("muster: error: " + (e instanceof CommandException || e.getMessage() != null
              ? e.getMessage() : e.toString()));
          cl.getErr().flush();
          return USAGE;
        });
  }

  /**
   * Returns the console of a subcommand: its parent's, or for a subcommand run on its own, the
   * command line's streams, taken as not terminals.
   */
  static Console console(MusterCommand parent, CommandSpec spec) {
    return parent != null ? parent.console
        : Console.of(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** The version, from the {@code version.properties} this build wrote. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read version.properties from the jar", e);
      }
      return new String[] {"muster " + p.getProperty("version", "(unknown version)"),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
  }
}
