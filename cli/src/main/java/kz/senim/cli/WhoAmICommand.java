package kz.senim.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "whoami", description = "Show the account, organization and roles the token acts with.")
final class WhoAmICommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws IOException {
        System.out.println(ApiClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(server.authenticated().get("/api/v1/me")));
        return 0;
    }
}
