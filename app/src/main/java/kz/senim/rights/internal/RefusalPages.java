package kz.senim.rights.internal;

import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.ledger.Ledger;
import kz.senim.platform.ProblemException;
import kz.senim.platform.Problems;
import kz.senim.registry.Register;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A citizen's refusals of AI processing: by an operator as a whole or by one of its systems. */
@Controller
class RefusalPages {

    private final Requests requests;
    private final Refusals refusals;
    private final Ledger ledger;
    private final Register register;
    private final Problems problems;

    RefusalPages(Requests requests, Refusals refusals, Ledger ledger, Register register, Problems problems) {
        this.requests = requests;
        this.refusals = refusals;
        this.ledger = ledger;
        this.register = register;
        this.problems = problems;
    }

    @GetMapping("/my-refusals")
    String list(CurrentUser me, Model model) {
        String iin = requests.iinOf(me);
        model.addAttribute("refusals", refusals.of(ledger.subjectKey(iin)));
        var systems = register.all().stream().filter(s -> s.status().isPublic()).toList();
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        register.all().forEach(s -> {
            names.put(s.id(), s.name());
            names.put(s.organizationId(), s.organizationName());
        });
        model.addAttribute("systems", systems);
        model.addAttribute("names", names);
        return "rights/refusals";
    }

    @PostMapping("/my-refusals")
    String refuse(CurrentUser me, @RequestParam UUID systemId, @RequestParam(defaultValue = "false") boolean wholeOperator, Model model) {
        try {
            requests.refuse(me, systemId, wholeOperator);
            return "redirect:/my-refusals";
        } catch (ProblemException e) {
            list(me, model);
            model.addAttribute("formError", problems.message("problem." + e.code() + ".detail", e.args()));
            return "rights/refusals";
        }
    }

    @PostMapping("/my-refusals/{id}/withdraw")
    String withdraw(CurrentUser me, @PathVariable UUID id) {
        String iin = requests.iinOf(me);
        if (!refusals.withdraw(ledger.subjectKey(iin), id)) {
            throw ProblemException.notFound("rights-refusal-unknown");
        }
        return "redirect:/my-refusals";
    }
}
