package kz.senim.rights.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.explain.Lang;
import kz.senim.platform.ProblemException;
import kz.senim.platform.Problems;
import kz.senim.registry.AiSystem;
import kz.senim.registry.Register;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** What an operator sets up per system: the scoring model as data, a written explanation, deadlines, refusal. */
@Controller
class SystemPages {

    private final Desk desk;
    private final Models models;
    private final Settings settings;
    private final SystemRules rules;
    private final Register register;
    private final Problems problems;

    SystemPages(Desk desk, Models models, Settings settings, SystemRules rules, Register register, Problems problems) {
        this.desk = desk;
        this.models = models;
        this.settings = settings;
        this.rules = rules;
        this.register = register;
        this.problems = problems;
    }

    @GetMapping("/rights/systems")
    String list(CurrentUser me, Model model) {
        me.require(Role.OPERATOR);
        model.addAttribute("systems", register.all().stream().filter(s -> me.memberOf(s.organizationId())).toList());
        model.addAttribute("deadlines", settings.of(me.organizationId(), null));
        return "rights/systems";
    }

    @PostMapping("/rights/settings")
    String organizationSettings(CurrentUser me, @RequestParam int responseDays, @RequestParam int appealWindowDays, Model model) {
        me.require(Role.OPERATOR);
        try {
            settings.save(me.organizationId(), null, responseDays, appealWindowDays, null, me.id());
            return "redirect:/rights/systems";
        } catch (ProblemException e) {
            list(me, model);
            model.addAttribute("formError", problems.message("problem." + e.code() + ".detail", e.args()));
            return "rights/systems";
        }
    }

    @GetMapping("/rights/systems/{id}")
    String system(CurrentUser me, @PathVariable UUID id, Model model) {
        AiSystem s = desk.operated(me, id);
        model.addAttribute("system", s);
        model.addAttribute("models", models.of(id));
        model.addAttribute("written", models.written(id));
        model.addAttribute("deadlines", settings.of(s.organizationId(), id));
        model.addAttribute("signOff", rules.requiresSignOff(s));
        model.addAttribute("refusal", rules.refusalApplies(s));
        return "rights/system";
    }

    @PostMapping("/rights/systems/{id}/models")
    String upload(CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "") String version,
                  @RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String source,
                  Model model) throws IOException {
        AiSystem s = desk.operated(me, id);
        String json = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : source;
        try {
            models.register(s.id(), version, json, me.id());
            return "redirect:/rights/systems/" + id;
        } catch (Models.InvalidModel e) {
            system(me, id, model);
            model.addAttribute("formError", problems.message("problem." + e.code() + ".detail", e.args()));
            model.addAttribute("modelProblems", e.problems);
            model.addAttribute("source", json);
            model.addAttribute("version", version);
            return "rights/system";
        } catch (ProblemException e) {
            return again(me, id, model, e);
        }
    }

    @PostMapping("/rights/systems/{id}/explanation")
    String written(CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "") String kk,
                   @RequestParam(defaultValue = "") String ru, @RequestParam(defaultValue = "") String en, Model model) {
        AiSystem s = desk.operated(me, id);
        try {
            models.write(s.id(), Map.of(Lang.KK, kk, Lang.RU, ru, Lang.EN, en), me.id());
            return "redirect:/rights/systems/" + id;
        } catch (ProblemException e) {
            return again(me, id, model, e);
        }
    }

    @PostMapping("/rights/systems/{id}/settings")
    String systemSettings(CurrentUser me, @PathVariable UUID id, @RequestParam int responseDays, @RequestParam int appealWindowDays,
                          @RequestParam(defaultValue = "") String refusalCompulsoryBasis, Model model) {
        AiSystem s = desk.operated(me, id);
        try {
            settings.save(s.organizationId(), s.id(), responseDays, appealWindowDays, refusalCompulsoryBasis, me.id());
            return "redirect:/rights/systems/" + id;
        } catch (ProblemException e) {
            return again(me, id, model, e);
        }
    }

    private String again(CurrentUser me, UUID id, Model model, ProblemException e) {
        system(me, id, model);
        model.addAttribute("formError", problems.message("problem." + e.code() + ".detail", e.args()));
        return "rights/system";
    }
}
