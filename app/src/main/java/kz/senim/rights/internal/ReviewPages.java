package kz.senim.rights.internal;

import kz.senim.account.CurrentUser;
import kz.senim.platform.ProblemException;
import kz.senim.platform.Problems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The review screen: inputs and the person's arguments first, the AI's output only after the independent assessment. */
@Controller
class ReviewPages {

    private final Reviews reviews;
    private final Desk desk;
    private final Cases cases;
    private final Explanations explanations;
    private final Problems problems;

    ReviewPages(Reviews reviews, Desk desk, Cases cases, Explanations explanations, Problems problems) {
        this.reviews = reviews;
        this.desk = desk;
        this.cases = cases;
        this.explanations = explanations;
        this.problems = problems;
    }

    @GetMapping("/rights/reviews/{reference}")
    String screen(CurrentUser me, @PathVariable String reference, Model model) {
        Cases.Case c = reviews.assigned(me, reference);
        Reviews.Screen screen = reviews.screen(me, reference, desk.systemName(c.systemId()));
        model.addAttribute("s", screen);
        model.addAttribute("history", cases.events(c.id()));
        model.addAttribute("explanation", screen.assessed()
                ? explanations.of(screen.systemId(), screen.record(), Explanations.lang(LocaleContextHolder.getLocale())) : null);
        return "rights/review";
    }

    @PostMapping("/rights/reviews/{reference}/assessment")
    String assess(CurrentUser me, @PathVariable String reference, @RequestParam(defaultValue = "") String assessment, Model model) {
        try {
            reviews.assess(me, reference, assessment);
            return "redirect:/rights/reviews/" + reference;
        } catch (ProblemException e) {
            return again(me, reference, model, e);
        }
    }

    @PostMapping("/rights/reviews/{reference}/outcome")
    String decide(CurrentUser me, @PathVariable String reference, @RequestParam(required = false) Cases.Outcome outcome,
                  @RequestParam(defaultValue = "") String reasons, @RequestParam(defaultValue = "") String newOutcome, Model model) {
        try {
            reviews.decide(me, reference, outcome, reasons, newOutcome);
            return "redirect:/rights/reviews/" + reference;
        } catch (ProblemException e) {
            return again(me, reference, model, e);
        }
    }

    private String again(CurrentUser me, String reference, Model model, ProblemException e) {
        if (e.status().value() == 404 || e.status().value() == 403) {
            throw e;
        }
        screen(me, reference, model);
        model.addAttribute("formError", problems.message("problem." + e.code() + ".detail", e.args()));
        return "rights/review";
    }
}
