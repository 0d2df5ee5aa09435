package kz.senim.classification.internal;

import java.util.Map;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.platform.ProblemException;
import kz.senim.platform.Problems;
import kz.senim.rules.RulePack;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Rule-pack versions for administrators (the regulator reads): check a new version, see its problems or
 * which classifications it would change, store it, put it in force. No deploy involved.
 */
@Controller
class RulePackPages {

    private final RulePackStore packs;
    private final ClassificationService classifications;
    private final Problems problems;

    RulePackPages(RulePackStore packs, ClassificationService classifications, Problems problems) {
        this.packs = packs;
        this.classifications = classifications;
        this.problems = problems;
    }

    @GetMapping("/admin/rule-packs")
    String page(CurrentUser me, Model model) {
        me.require(Role.ADMIN, Role.REGULATOR);
        model.addAttribute("versions", packs.versions());
        model.addAttribute("canUpload", me.has(Role.ADMIN));
        return "classification/rule-packs";
    }

    @PostMapping("/admin/rule-packs")
    String upload(CurrentUser me, @RequestParam String yaml, @RequestParam(defaultValue = "check") String action, Model model) {
        me.require(Role.ADMIN);
        model.addAttribute("yaml", yaml);
        try {
            RulePack pack = RulePackStore.check(yaml);
            model.addAttribute("impact", classifications.impact(pack));
            if ("store".equals(action)) {
                packs.upload(yaml, me.id());
                model.addAttribute("stored", pack.version());
            } else {
                model.addAttribute("checked", pack.version());
            }
        } catch (RulePackStore.Invalid e) {
            model.addAttribute("problems", e.problems.stream().map(p -> Map.of("path", p.path(),
                    "message", problems.message("rules.problem." + p.code(), p.args().toArray()))).toList());
        } catch (ProblemException e) {
            model.addAttribute("formError", problems.message("problem." + e.code() + ".detail", e.args()));
        }
        return page(me, model);
    }

    @PostMapping("/admin/rule-packs/{version}/activate")
    String activate(CurrentUser me, @PathVariable String version) {
        me.require(Role.ADMIN);
        packs.activate(version);
        return "redirect:/admin/rule-packs";
    }

}
