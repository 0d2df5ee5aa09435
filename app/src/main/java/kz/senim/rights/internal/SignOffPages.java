package kz.senim.rights.internal;

import kz.senim.account.CurrentUser;
import kz.senim.platform.ProblemException;
import kz.senim.platform.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-off queue: provisional decisions of the organization, approved or overridden by a named person. */
@Controller
class SignOffPages {

    private final SignOffs signOffs;
    private final Desk desk;
    private final Problems problems;
    private final RightsDecisions decisions;

    SignOffPages(SignOffs signOffs, Desk desk, Problems problems, RightsDecisions decisions) {
        this.decisions = decisions;
        this.signOffs = signOffs;
        this.desk = desk;
        this.problems = problems;
    }

    @GetMapping("/rights/signoffs")
    String queue(CurrentUser me, Model model) {
        model.addAttribute("items", signOffs.queue(me));
        model.addAttribute("desk", desk);
        model.addAttribute("signed", me.organizationId() == null ? java.util.List.of() : decisions.signedNotFinal(me.organizationId()));
        return "rights/signoffs";
    }

    @PostMapping("/rights/signoffs/{index}")
    String signOff(CurrentUser me, @PathVariable long index, @RequestParam(required = false) SignOffs.Action action,
                   @RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "") String newOutcome, Model model) {
        try {
            signOffs.signOff(me, index, action, note, newOutcome);
            return "redirect:/rights/signoffs?done=" + index;
        } catch (ProblemException e) {
            return again(me, model, e);
        }
    }

    @PostMapping("/rights/decisions/{index}/finalize")
    String finalizeDecision(CurrentUser me, @PathVariable long index, Model model) {
        try {
            signOffs.finalizeDecision(me, index);
            return "redirect:/rights/signoffs?finalized=" + index;
        } catch (ProblemException e) {
            return again(me, model, e);
        }
    }

    private String again(CurrentUser me, Model model, ProblemException e) {
        if (e.status().value() == 404) {
            throw e;
        }
        queue(me, model);
        model.addAttribute("formError", problems.message("problem." + e.code() + ".detail", e.args()));
        return "rights/signoffs";
    }
}
