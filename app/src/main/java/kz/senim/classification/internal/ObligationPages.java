package kz.senim.classification.internal;

import java.time.LocalDate;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.platform.ProblemException;
import kz.senim.platform.Problems;
import kz.senim.registry.Register;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A system's obligation checklist, and the regulator's overview of the register. */
@Controller
class ObligationPages {

    private final ObligationsApi api;
    private final Obligations obligations;
    private final Register register;
    private final ClassificationService classifications;
    private final Problems problems;

    ObligationPages(ObligationsApi api, Obligations obligations, Register register, ClassificationService classifications,
                    Problems problems) {
        this.api = api;
        this.obligations = obligations;
        this.register = register;
        this.classifications = classifications;
        this.problems = problems;
    }

    @GetMapping("/systems/{id}/obligations")
    String page(CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("items", api.list(me, id));
        model.addAttribute("system", register.find(id).orElseThrow());
        model.addAttribute("lang", LocaleContextHolder.getLocale().getLanguage());
        model.addAttribute("statuses", Obligations.Status.values());
        model.addAttribute("canEdit", me.has(Role.ADMIN) || me.has(Role.OPERATOR)
                && me.memberOf(register.find(id).orElseThrow().organizationId()));
        return "classification/obligations";
    }

    @PostMapping("/systems/{id}/obligations/{obligationId}")
    String update(CurrentUser me, @PathVariable UUID id, @PathVariable String obligationId,
                  @RequestParam Obligations.Status status, @RequestParam(defaultValue = "") String evidence,
                  @RequestParam(defaultValue = "") String note, @RequestParam(required = false) LocalDate dueDate, Model model) {
        classifications.operatedBy(me, id);
        try {
            obligations.update(id, obligationId, status, evidence, note, dueDate, me.id());
        } catch (ProblemException e) {
            model.addAttribute("formError", problems.message("problem." + e.code() + ".detail", e.args()));
            return page(me, id, model);
        }
        return "redirect:/systems/" + id + "/obligations";
    }

    @GetMapping("/registry/overview")
    String overview(CurrentUser me, Model model) {
        model.addAttribute("overview", api.overview(me));
        return "classification/overview";
    }
}
