package kz.senim.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.senim.account.CitizenIdentity;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.platform.ProblemException;
import kz.senim.registry.AiSystem;
import kz.senim.registry.Register;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/**
 * A person's own decisions: signed-in citizens see all decisions logged about them; anyone holding the
 * reference from an operator's notice and the person's IIN finds that one decision. A wrong reference or
 * IIN gives the same answer as a decision that does not exist.
 */
@Controller
class CitizenPages {

    private final LedgerReader reader;
    private final CitizenIdentity identities;
    private final Register register;

    CitizenPages(LedgerReader reader, CitizenIdentity identities, Register register) {
        this.reader = reader;
        this.identities = identities;
        this.register = register;
    }

    /** One decision as the person sees it. */
    record View(long index, String systemName, java.util.UUID systemId, boolean publicCard, String organization,
                JsonNode record, boolean verified, boolean erased, java.time.Instant loggedAt) {
    }

    @GetMapping("/my-decisions")
    String mine(CurrentUser me, Model model) {
        me.require(Role.CITIZEN);
        String iin = identities.iinOf(me.id()).orElse(null);
        List<View> views = new ArrayList<>();
        if (iin != null) {
            reader.bySubject(iin, null).stream().filter(e -> e.kind() == kz.senim.ledger.EntryKind.DECISION)
                    .forEach(e -> views.add(view(e)));
        }
        model.addAttribute("decisions", views);
        model.addAttribute("linked", iin != null);
        return "ledger/my-decisions";
    }

    @GetMapping(value = "/my-decisions/{index}/receipt.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> myReceipt(CurrentUser me, @PathVariable long index) {
        me.require(Role.CITIZEN);
        String iin = identities.iinOf(me.id()).orElseThrow(() -> ProblemException.notFound("ledger-entry-unknown"));
        LedgerReader.Entry entry = reader.bySubject(iin, null).stream().filter(e -> e.index() == index).findFirst()
                .orElseThrow(() -> ProblemException.notFound("ledger-entry-unknown"));
        return receipt(entry);
    }

    @GetMapping("/decisions/find")
    String findForm(Model model) {
        return "ledger/find";
    }

    @PostMapping("/decisions/find")
    String find(@RequestParam String reference, @RequestParam String iin, Model model) {
        model.addAttribute("reference", reference);
        Optional<LedgerReader.Entry> found = valid(reference, iin) ? reader.byReference(reference, iin.strip()) : Optional.empty();
        if (found.isEmpty()) {
            model.addAttribute("notFound", true);
            return "ledger/find";
        }
        model.addAttribute("decision", view(found.get()));
        model.addAttribute("iin", iin.strip());
        return "ledger/find";
    }

    @PostMapping(value = "/decisions/find/receipt.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> foundReceipt(@RequestParam String reference, @RequestParam String iin) {
        LedgerReader.Entry entry = (valid(reference, iin) ? reader.byReference(reference, iin.strip()) : Optional.<LedgerReader.Entry>empty())
                .orElseThrow(() -> ProblemException.notFound("ledger-entry-unknown"));
        return receipt(entry);
    }

    private static boolean valid(String reference, String iin) {
        return reference != null && !reference.isBlank() && reference.length() <= 200 && iin != null && iin.strip().matches("\\d{12}");
    }

    private ResponseEntity<Map<String, Object>> receipt(LedgerReader.Entry entry) {
        Map<String, Object> receipt = reader.receipt(entry, true)
                .orElseThrow(() -> new ProblemException(org.springframework.http.HttpStatus.CONFLICT, "ledger-not-integrated"));
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"senim-decision-" + entry.index() + ".json\"")
                .body(receipt);
    }

    private View view(LedgerReader.Entry e) {
        Optional<AiSystem> system = register.find(e.systemId());
        long integrated = reader.latestCheckpoint().map(LedgerReader.Signed::size).orElse(0L);
        JsonNode record = reader.payload(e).map(LedgerReader.Payload::record).orElse(null);
        return new View(e.index(), system.map(AiSystem::name).orElse(""), e.systemId(),
                system.map(s -> s.status().isPublic()).orElse(false), system.map(AiSystem::organizationName).orElse(""),
                record, e.index() < integrated, reader.erased(e.index()), e.loggedAt());
    }
}
