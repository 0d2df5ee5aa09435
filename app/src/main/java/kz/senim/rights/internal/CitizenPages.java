package kz.senim.rights.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.senim.account.CitizenIdentity;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.ledger.Ledger;
import kz.senim.platform.ProblemException;
import kz.senim.platform.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A person's own decisions: signed-in citizens see every decision logged about them and make requests on it;
 * anyone holding the reference from an operator's notice and the person's IIN finds that one decision. A wrong
 * reference or IIN gives the same answer as a decision that does not exist.
 */
@Controller
class CitizenPages {

    private final Ledger ledger;
    private final CitizenIdentity identities;
    private final DecisionViews views;
    private final Requests requests;
    private final Problems problems;

    private final FindThrottle throttle;

    CitizenPages(Ledger ledger, CitizenIdentity identities, DecisionViews views, Requests requests, Problems problems, FindThrottle throttle) {
        this.ledger = ledger;
        this.identities = identities;
        this.views = views;
        this.requests = requests;
        this.problems = problems;
        this.throttle = throttle;
    }

    @GetMapping("/my-decisions")
    String mine(CurrentUser me, Model model) {
        me.require(Role.CITIZEN);
        Optional<String> iin = identities.iinOf(me.id());
        model.addAttribute("decisions", iin.map(views::about).orElse(List.of()));
        model.addAttribute("linked", iin.isPresent());
        return "rights/my-decisions";
    }

    @GetMapping("/my-decisions/{index}")
    String one(CurrentUser me, @PathVariable long index, @RequestParam(required = false) String submitted, Model model) {
        String iin = requests.iinOf(me);
        model.addAttribute("decision", views.one(iin, index).orElseThrow(() -> ProblemException.notFound("rights-decision-unknown")));
        model.addAttribute("submitted", submitted);
        model.addAttribute("maxKib", requests.maxAttachmentBytes() / 1024);
        return "rights/my-decision";
    }

    @PostMapping("/my-decisions/{index}/requests")
    String request(CurrentUser me, @PathVariable long index, @RequestParam Cases.Kind kind,
                   @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "false") boolean wholeOperator,
                   @RequestParam(required = false) List<MultipartFile> files, Model model) throws IOException {
        try {
            Cases.Case c = requests.submit(me, kind, index, text, wholeOperator, uploads(files));
            return "redirect:/my-decisions/" + index + "?submitted=" + c.reference();
        } catch (ProblemException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            // Nothing was stored: the page comes back with the person's text kept and the reason in their language.
            one(me, index, null, model);
            model.addAttribute("formError", problems.message("problem." + e.code() + ".detail", e.args()));
            model.addAttribute("formKind", kind.name());
            model.addAttribute("formText", text);
            return "rights/my-decision";
        }
    }

    static List<Requests.Upload> uploads(List<MultipartFile> files) throws IOException {
        List<Requests.Upload> out = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (!f.isEmpty()) {
                    out.add(new Requests.Upload(f.getOriginalFilename(),
                            f.getContentType() == null ? "application/octet-stream" : f.getContentType(), f.getBytes()));
                }
            }
        }
        return out;
    }

    /** A receipt for any entry about the person: the decision itself, an appeal outcome or a sign-off. */
    @GetMapping(value = "/my-decisions/entries/{index}/receipt.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> myReceipt(CurrentUser me, @PathVariable long index) {
        String iin = requests.iinOf(me);
        ledger.aboutSubject(iin).stream().filter(e -> e.index() == index).findFirst()
                .orElseThrow(() -> ProblemException.notFound("rights-decision-unknown"));
        return receipt(index);
    }

    @GetMapping("/decisions/find")
    String findForm(Model model) {
        return "rights/find";
    }

    @PostMapping("/decisions/find")
    String find(@RequestParam String reference, @RequestParam String iin, HttpServletRequest request, Model model) {
        model.addAttribute("reference", reference);
        try {
            throttle.check(request.getRemoteAddr());
        } catch (ProblemException throttled) {
            model.addAttribute("throttled", throttled.args()[0]);
            return "rights/find";
        }
        Optional<Ledger.Entry> found = valid(reference, iin) ? ledger.byReference(reference, iin.strip()) : Optional.empty();
        if (found.isEmpty()) {
            throttle.failed(request.getRemoteAddr());
            model.addAttribute("notFound", true);
            return "rights/find";
        }
        model.addAttribute("decision", views.found(found.get(), iin.strip()));
        model.addAttribute("iin", iin.strip());
        return "rights/find";
    }

    @PostMapping(value = "/decisions/find/receipt.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> foundReceipt(@RequestParam String reference, @RequestParam String iin,
                                                     HttpServletRequest request) {
        throttle.check(request.getRemoteAddr());
        Ledger.Entry entry = (valid(reference, iin) ? ledger.byReference(reference, iin.strip()) : Optional.<Ledger.Entry>empty())
                .orElseThrow(() -> {
                    throttle.failed(request.getRemoteAddr());
                    return ProblemException.notFound("rights-decision-unknown");
                });
        return receipt(entry.index());
    }

    static boolean valid(String reference, String iin) {
        return reference != null && !reference.isBlank() && reference.length() <= 200 && iin != null && iin.strip().matches("\\d{12}");
    }

    private ResponseEntity<Map<String, Object>> receipt(long index) {
        Map<String, Object> receipt = ledger.receipt(index)
                .orElseThrow(() -> new ProblemException(HttpStatus.CONFLICT, "ledger-not-integrated"));
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"senim-entry-" + index + ".json\"")
                .body(receipt);
    }
}
