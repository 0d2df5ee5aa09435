package kz.senim.registry.internal;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.platform.ProblemException;
import kz.senim.platform.Problems;
import kz.senim.registry.AiSystem;
import kz.senim.registry.OversightKind;
import kz.senim.registry.Sector;
import kz.senim.registry.SystemStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Operators' and the regulator's pages of the register, and the public register. */
@Controller
class RegistryPages {

    private final RegistryService registry;
    private final Systems systems;
    private final DataSources sources;
    private final Evidence evidence;
    private final PublicRegister publicRegister;
    private final Problems problems;

    RegistryPages(RegistryService registry, Systems systems, DataSources sources, Evidence evidence,
                  PublicRegister publicRegister, Problems problems) {
        this.registry = registry;
        this.systems = systems;
        this.sources = sources;
        this.evidence = evidence;
        this.publicRegister = publicRegister;
        this.problems = problems;
    }

    @GetMapping("/systems")
    String list(CurrentUser me, Model model) {
        List<AiSystem> list = me.hasAny(Role.ADMIN, Role.REGULATOR, Role.AUDITOR) ? systems.all()
                : me.organizationId() == null ? List.of() : systems.byOrganization(me.organizationId());
        model.addAttribute("systems", list);
        model.addAttribute("canCreate", me.has(Role.OPERATOR));
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("oversightKinds", OversightKind.values());
        return "registry/systems";
    }

    @PostMapping("/systems")
    String create(CurrentUser me, @RequestParam String name, @RequestParam String purpose, @RequestParam String legalBasis,
                  @RequestParam Sector sector, @RequestParam OversightKind oversightKind,
                  @RequestParam(defaultValue = "") String oversight, @RequestParam(defaultValue = "") String channels,
                  @RequestParam(defaultValue = "") String modelName, @RequestParam(defaultValue = "") String modelVersion,
                  Model model) {
        if (name.isBlank() || purpose.isBlank() || legalBasis.isBlank() || name.length() > 200 || purpose.length() > 2000
                || legalBasis.length() > 1000) {
            model.addAttribute("formError", problems.message("registry.form.invalid"));
            return list(me, model);
        }
        List<String> channelList = Arrays.stream(channels.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<AiSystem.Model> models = modelName.isBlank() ? List.of()
                : List.of(new AiSystem.Model(modelName.strip(), modelVersion.isBlank() ? "1" : modelVersion.strip(), null, null));
        AiSystem s = registry.create(me, new Systems.Draft(name.strip(), purpose.strip(), legalBasis.strip(), sector,
                oversightKind, oversight.strip(), channelList, models, List.of()));
        return "redirect:/systems/" + s.id();
    }

    @GetMapping("/systems/{id}")
    String detail(CurrentUser me, @PathVariable UUID id, Model model) {
        AiSystem s = registry.visible(me, id);
        model.addAttribute("system", s);
        model.addAttribute("history", registry.history(id));
        model.addAttribute("links", sources.links(id));
        model.addAttribute("evidence", evidence.list(id));
        model.addAttribute("orgSources", me.memberOf(s.organizationId()) ? sources.byOrganization(s.organizationId()) : List.of());
        model.addAttribute("next", s.status().next());
        model.addAttribute("canEdit", me.has(Role.ADMIN) || me.has(Role.OPERATOR) && me.memberOf(s.organizationId()));
        return "registry/system";
    }

    @PostMapping("/systems/{id}/transitions")
    String transition(CurrentUser me, @PathVariable UUID id, @RequestParam SystemStatus to,
                      @RequestParam(required = false) Integer version, @RequestParam(defaultValue = "") String note, Model model) {
        try {
            registry.transition(me, id, to, version, note.isBlank() ? null : note.strip());
        } catch (ProblemException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            model.addAttribute("formError", problems.message("problem." + e.code() + ".detail", e.args()));
            return detail(me, id, model);
        }
        return "redirect:/systems/" + id;
    }

    @PostMapping("/systems/{id}/data-sources")
    String link(CurrentUser me, @PathVariable UUID id, @RequestParam UUID dataSourceId,
                @RequestParam(defaultValue = "") String reuseLegalBasis, Model model) {
        try {
            sources.link(registry.editable(me, id), dataSourceId, reuseLegalBasis);
        } catch (ProblemException e) {
            model.addAttribute("formError", problems.message("problem." + e.code() + ".detail", e.args()));
            return detail(me, id, model);
        }
        return "redirect:/systems/" + id;
    }

    @PostMapping("/data-sources")
    String createSource(CurrentUser me, @RequestParam String name, @RequestParam(required = false) List<String> categories,
                        @RequestParam String purpose, @RequestParam String legalBasis,
                        @RequestParam(required = false) UUID back, Model model) {
        if (name.isBlank() || purpose.isBlank() || legalBasis.isBlank() || categories == null || categories.isEmpty()) {
            model.addAttribute("formError", problems.message("registry.form.invalid"));
            return back == null ? list(me, model) : detail(me, back, model);
        }
        sources.create(me, name, categories, purpose, legalBasis);
        return back == null ? "redirect:/systems" : "redirect:/systems/" + back;
    }

    @GetMapping("/public/register")
    String publicList(@RequestParam(required = false) String q, @RequestParam(required = false) String riskClass,
                      @RequestParam(required = false) Sector sector, Model model) {
        model.addAttribute("entries", publicRegister.search(new PublicRegister.Filter(q, riskClass, sector, null)));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("riskClass", riskClass == null ? "" : riskClass);
        model.addAttribute("sector", sector);
        model.addAttribute("sectors", Sector.values());
        return "registry/public-list";
    }

    @GetMapping("/public/register/{id}")
    String publicCard(@PathVariable UUID id, Model model) {
        model.addAttribute("entry", publicRegister.one(id));
        return "registry/public-card";
    }
}
