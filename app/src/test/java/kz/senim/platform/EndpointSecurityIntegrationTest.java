package kz.senim.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.senim.support.Fixtures;
import kz.senim.support.Http;
import kz.senim.support.SenimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Walks every operation the OpenAPI document lists, so that an endpoint added later without a check is
 * caught: anonymous callers are refused unless the operation is on the public list below, and a citizen
 * changes nothing but what citizens may change.
 */
@SenimIntegrationTest
class EndpointSecurityIntegrationTest {

    /** Operations anyone may call without signing in (the public register, the log's read API, sign-in). */
    private static final List<Pattern> PUBLIC = List.of(
            Pattern.compile("^/api/v1/auth/token$"),
            Pattern.compile("^/api/v1/public/.*"),
            Pattern.compile("^/ledger/.*"));

    /** What a citizen may change: their own tokens, requests on their decisions, attachments and refusals. */
    private static final List<Pattern> CITIZEN_WRITES = List.of(
            Pattern.compile("^/api/v1/tokens(/\\{id})?$"),
            Pattern.compile("^/api/v1/rights/decisions/\\{index}/requests$"),
            Pattern.compile("^/api/v1/rights/my-cases/\\{reference}/attachments$"),
            Pattern.compile("^/api/v1/rights/refusals(/\\{id}/withdrawal)?$"));

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @LocalServerPort
    int port;

    record Operation(String method, String path) {
        String concretePath() {
            // Path variables get a well-formed value that names nothing: checks must fire before look-ups.
            return path.replaceAll("\\{[^}]*(id|Id)\\}", UUID.randomUUID().toString()).replaceAll("\\{[^}]+\\}", "1");
        }
    }

    @Test
    void everyNonPublicOperationRefusesAnonymousCallers() {
        Http http = new Http(port);
        List<String> open = new ArrayList<>();
        List<Operation> operations = operations(http);
        assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(20);
        for (Operation op : operations) {
            if (PUBLIC.stream().anyMatch(p -> p.matcher(op.path()).matches())) {
                continue;
            }
            int status = call(http, op).status();
            if (status != 401) {
                open.add(op.method() + " " + op.path() + " -> " + status);
            }
        }
        assertThat(open).as("operations answering anonymous callers with something other than 401").isEmpty();
    }

    @Test
    void aCitizenChangesNothingOutsideTheirOwnRights() {
        Http http = new Http(port);
        Fixtures fixtures = new Fixtures(http);
        Http citizen = http.bearer(http.login(fixtures.account(null, "CITIZEN"), Fixtures.PASSWORD));
        List<String> accepted = new ArrayList<>();
        List<Operation> operations = operations(http);
        // The allow-list must not outlive the endpoints it names.
        for (Pattern allowed : CITIZEN_WRITES) {
            assertThat(operations).as("an operation matching %s", allowed).anyMatch(op -> allowed.matcher(op.path()).matches());
        }
        for (Operation op : operations) {
            boolean write = !op.method().equals("get");
            boolean allowed = PUBLIC.stream().anyMatch(p -> p.matcher(op.path()).matches())
                    || CITIZEN_WRITES.stream().anyMatch(p -> p.matcher(op.path()).matches());
            if (!write || allowed) {
                continue;
            }
            int status = call(citizen, op).status();
            if (status < 400 || status == 405) {
                accepted.add(op.method() + " " + op.path() + " -> " + status);
            }
        }
        assertThat(accepted).as("writes a citizen's token was not refused").isEmpty();
    }

    private static List<Operation> operations(Http http) {
        JsonNode paths = http.get("/v3/api-docs").json().path("paths");
        List<Operation> operations = new ArrayList<>();
        for (var path : paths.properties()) {
            for (var method : path.getValue().properties()) {
                if (METHODS.contains(method.getKey())) {
                    operations.add(new Operation(method.getKey(), path.getKey()));
                }
            }
        }
        return operations;
    }

    private static Http.Response call(Http http, Operation op) {
        String path = op.concretePath();
        return switch (op.method()) {
            case "get" -> http.get(path);
            case "delete" -> http.delete(path);
            case "put" -> http.put(path, Map.of());
            case "patch" -> http.patch(path, Map.of());
            default -> http.post(path, Map.of());
        };
    }
}
