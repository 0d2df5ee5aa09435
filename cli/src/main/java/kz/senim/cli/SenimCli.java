package kz.senim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code senim} command: talks to a Senim server's API, or works offline with the engines. */
@Command(name = "senim", mixinStandardHelpOptions = true, version = "senim 0.1.0",
        description = "Senim command line: accounts, register, ledger, LLM gateway and leak-guard tools.",
        subcommands = {LoginCommand.class, WhoAmICommand.class, OrganizationsCommand.class, LedgerCommand.class, ClassifyCommand.class,
                RightsCommand.class, ScanCommand.class, GatewayCommand.class})
public final class SenimCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs without exiting, for tests and embedding. */
    public static int run(String... args) {
        return new CommandLine(new SenimCli()).setExecutionExceptionHandler(new CliErrors()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
