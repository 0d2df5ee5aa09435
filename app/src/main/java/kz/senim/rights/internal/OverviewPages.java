package kz.senim.rights.internal;

import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The regulator's view across operators, and the measures fragment on each public register card. */
@Controller
class OverviewPages {

    private final Measures measures;
    private final Cases cases;
    private final Desk desk;
    private final RightsDecisions decisions;

    OverviewPages(Measures measures, Cases cases, Desk desk, RightsDecisions decisions) {
        this.measures = measures;
        this.cases = cases;
        this.desk = desk;
        this.decisions = decisions;
    }

    @GetMapping("/rights/overview")
    String overview(CurrentUser me, Model model) {
        me.require(Role.REGULATOR, Role.ADMIN);
        model.addAttribute("measures", measures.all());
        model.addAttribute("escalated", desk.rows(cases.escalated()));
        model.addAttribute("flagged", decisions.flagged(null));
        model.addAttribute("desk", desk);
        return "rights/overview";
    }

    /** Loaded into the public register card (htmx); public figures only, no personal data. */
    @GetMapping("/public/rights/systems/{id}/measures")
    String card(@PathVariable UUID id, Model model) {
        model.addAttribute("m", measures.of(id).orElse(null));
        return "rights/measures :: measures";
    }
}
