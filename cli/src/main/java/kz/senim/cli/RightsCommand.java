package kz.senim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rights", description = "Citizens' rights desk: check the refusal registry, work the sign-off queue.",
        subcommands = {RightsCommand.Refusals.class, RightsCommand.SignOff.class})
final class RightsCommand {

    @Command(name = "refusals", description = "The refusal registry.", subcommands = {RightsCommand.Check.class})
    static final class Refusals {
    }

    /**
     * Reads IINs from standard input, one a line, and asks whether each person refused AI processing. The IIN
     * never leaves this machine: only HMAC-SHA-256(the organization's lookup key, IIN) is sent.
     */
    @Command(name = "check", description = "Read IINs from stdin (one a line); print, per line, whether the person refused "
            + "(exit 0 none refused, 4 some refused). Only a keyed hash is sent, never the IIN.")
    static final class Check implements Callable<Integer> {

        @Mixin
        ServerOptions server;

        @Override
        public Integer call() throws IOException {
            ApiClient api = server.authenticated();
            byte[] key = Base64.getDecoder().decode(api.get("/api/v1/rights/refusals/lookup-key").path("key").asString());
            boolean any = false;
            int line = 0;
            for (String iin : new String(System.in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                line++;
                if (iin.isBlank()) {
                    continue;
                }
                if (!iin.strip().matches("\\d{12}")) {
                    System.err.println("senim: line " + line + ": not a 12-digit IIN");
                    return 1;
                }
                var result = api.post("/api/v1/rights/refusals/check", Map.of("hash", hash(key, iin.strip())));
                boolean refused = result.path("refusedByOrganization").asBoolean() || !result.path("refusedSystems").isEmpty();
                any |= refused;
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("line", line);
                out.put("refused", refused);
                out.put("byOrganization", result.path("refusedByOrganization").asBoolean());
                out.put("systems", result.path("refusedSystems"));
                System.out.println(ApiClient.JSON.writeValueAsString(out));
            }
            return any ? 4 : 0;
        }
    }

    static String hash(byte[] key, String iin) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(iin.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Command(name = "signoff", description = "The human sign-off queue.", subcommands = {RightsCommand.ListPending.class, RightsCommand.Approve.class})
    static final class SignOff {
    }

    @Command(name = "list", description = "Provisional decisions of your organization waiting for sign-off, one JSON object a line.")
    static final class ListPending implements Callable<Integer> {

        @Mixin
        ServerOptions server;

        @Override
        public Integer call() throws IOException {
            for (var item : server.authenticated().get("/api/v1/rights/signoffs")) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("index", item.path("status").path("index").asLong());
                out.put("systemId", item.path("record").path("systemId").asString(""));
                out.put("outcome", item.path("record").path("outcome").asString(""));
                System.out.println(ApiClient.JSON.writeValueAsString(out));
            }
            return 0;
        }
    }

    @Command(name = "approve", description = "Sign a provisional decision off in your name (logged in the ledger), or override it.")
    static final class Approve implements Callable<Integer> {

        @Mixin
        ServerOptions server;

        @Parameters(index = "0", description = "the decision's ledger index")
        long index;

        @Option(names = "--note", description = "a note kept with the sign-off")
        String note;

        @Option(names = "--override", description = "override the AI's outcome with this one (needs --note)")
        String newOutcome;

        @Override
        public Integer call() throws IOException {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("action", newOutcome == null ? "APPROVE" : "OVERRIDE");
            if (note != null) {
                body.put("note", note);
            }
            if (newOutcome != null) {
                body.put("newOutcome", newOutcome);
            }
            var status = server.authenticated().post("/api/v1/rights/signoffs/" + index, body);
            System.out.println(ApiClient.JSON.writeValueAsString(status));
            return 0;
        }
    }
}
