package kz.senim.ledger.internal;

import java.util.List;
import java.util.Map;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The ledger in the web UI: an organization's entries with receipts and court bundles; figures for the regulator. */
@Controller
class LedgerPages {

    private final LedgerReader reader;
    private final LedgerApi api;
    private final CourtBundle bundles;

    LedgerPages(LedgerReader reader, LedgerApi api, CourtBundle bundles) {
        this.reader = reader;
        this.api = api;
        this.bundles = bundles;
    }

    @GetMapping("/decision-ledger")
    String page(CurrentUser me, Model model) {
        me.require(Role.OPERATOR, Role.REVIEWER, Role.REGULATOR, Role.ADMIN);
        if (me.hasAny(Role.REGULATOR, Role.ADMIN)) {
            model.addAttribute("stats", api.stats(me));
        }
        List<LedgerReader.Entry> entries = me.hasAny(Role.OPERATOR, Role.REVIEWER) && me.organizationId() != null
                ? reader.byOrganization(me.organizationId(), 100)
                : me.has(Role.ADMIN) ? reader.byOrganization(null, 100) : List.of();
        long integrated = reader.latestCheckpoint().map(LedgerReader.Signed::size).orElse(0L);
        model.addAttribute("entries", entries);
        model.addAttribute("integrated", integrated);
        return "ledger/index";
    }

    @GetMapping(value = "/decision-ledger/{index}/receipt.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> receipt(CurrentUser me, @PathVariable long index) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"senim-ledger-receipt-" + index + ".json\"")
                .body(api.receipt(me, index));
    }

    @GetMapping(value = "/decision-ledger/{index}/court-bundle.zip", produces = "application/zip")
    ResponseEntity<byte[]> bundle(CurrentUser me, @PathVariable long index) {
        return api.courtBundle(me, index);
    }

}
