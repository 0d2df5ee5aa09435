package kz.senim.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "organizations", description = "List the organizations the token may see, one JSON object a line.")
final class OrganizationsCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws IOException {
        for (var org : server.authenticated().get("/api/v1/organizations")) {
            System.out.println(ApiClient.JSON.writeValueAsString(org));
        }
        return 0;
    }
}
