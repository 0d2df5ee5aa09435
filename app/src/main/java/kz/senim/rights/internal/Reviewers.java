package kz.senim.rights.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import kz.senim.account.Account;
import kz.senim.account.Members;
import kz.senim.account.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Who may review an appeal: a reviewer of the operator's organization who took no part in the decision,
 * i.e. is not the person named in the decision's {@code human.by}, did not sign it off and did not log it.
 */
@Component
class Reviewers {

    private final Members members;
    private final JdbcClient jdbc;

    Reviewers(Members members, JdbcClient jdbc) {
        this.members = members;
        this.jdbc = jdbc;
    }

    static boolean tookPart(UUID id, String username, String displayName, JsonNode record, RightsDecisions.State state) {
        String by = record == null ? "" : norm(record.path("human").path("by").asString(""));
        boolean named = !by.isEmpty() && (by.equals(norm(username)) || by.equals(norm(displayName)));
        return named || state != null && (id.equals(state.signedBy()) || id.equals(state.loggedBy()));
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    List<Account> eligible(UUID organizationId, JsonNode record, RightsDecisions.State state) {
        return members.withRole(organizationId, Role.REVIEWER).stream()
                .filter(a -> !tookPart(a.id(), a.username(), a.displayName(), record, state)).toList();
    }

    /** The eligible reviewer with the fewest open appeals (ties by username); empty when nobody is eligible. */
    Optional<UUID> assign(UUID organizationId, JsonNode record, RightsDecisions.State state) {
        return eligible(organizationId, record, state).stream()
                .min(Comparator.comparingLong((Account a) -> openAppeals(a.id())).thenComparing(Account::username))
                .map(Account::id);
    }

    Optional<Account> find(UUID organizationId, UUID id) {
        return members.withRole(organizationId, Role.REVIEWER).stream().filter(a -> a.id().equals(id)).findFirst();
    }

    private long openAppeals(UUID reviewer) {
        return jdbc.sql("select count(*) from rights_case where reviewer = ? and status in ('OPEN', 'IN_REVIEW')")
                .param(reviewer).query(Long.class).single();
    }
}
