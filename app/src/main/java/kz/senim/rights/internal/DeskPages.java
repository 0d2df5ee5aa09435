package kz.senim.rights.internal;

import java.util.List;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.platform.ProblemException;
import kz.senim.platform.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The operator's and reviewer's rights desk: open requests by deadline, in-app reminders, one case with its history. */
@Controller
class DeskPages {

    private final Cases cases;
    private final Desk desk;
    private final Requests requests;
    private final Reviews reviews;
    private final Reviewers reviewers;
    private final Reminders reminders;
    private final RightsDecisions decisions;
    private final Problems problems;

    DeskPages(Cases cases, Desk desk, Requests requests, Reviews reviews, Reviewers reviewers, Reminders reminders,
              RightsDecisions decisions, Problems problems) {
        this.cases = cases;
        this.desk = desk;
        this.requests = requests;
        this.reviews = reviews;
        this.reviewers = reviewers;
        this.reminders = reminders;
        this.decisions = decisions;
        this.problems = problems;
    }

    @GetMapping("/rights")
    String desk(CurrentUser me, Model model) {
        me.require(Role.OPERATOR, Role.REVIEWER);
        UUID org = me.organizationId();
        model.addAttribute("operator", me.has(Role.OPERATOR));
        model.addAttribute("cases", me.has(Role.OPERATOR) && org != null ? desk.rows(cases.byOrganization(org, false)) : List.of());
        model.addAttribute("appeals", me.has(Role.REVIEWER) ? desk.rows(cases.byReviewer(me.id())) : List.of());
        model.addAttribute("notices", org == null ? List.of() : reminders.notices(org));
        model.addAttribute("pending", org == null ? 0 : decisions.pending(org).size());
        model.addAttribute("flagged", me.has(Role.OPERATOR) && org != null ? decisions.flagged(org) : List.of());
        return "rights/desk";
    }

    @GetMapping("/rights/cases/{reference}")
    String one(CurrentUser me, @PathVariable String reference, Model model) {
        Cases.Case c = desk.visible(me, reference);
        model.addAttribute("c", c);
        model.addAttribute("row", desk.row(c));
        model.addAttribute("history", cases.events(c.id()));
        model.addAttribute("attachments", cases.attachments(c.id()));
        model.addAttribute("operator", me.has(Role.OPERATOR));
        // The reviewer reads the decision's data on the review screen, in the order that keeps the AI's output for last.
        var record = me.has(Role.OPERATOR) ? desk.decisionRecord(c) : null;
        model.addAttribute("record", record);
        model.addAttribute("eligible", c.kind() == Cases.Kind.APPEAL && me.has(Role.OPERATOR)
                ? reviewers.eligible(c.organizationId(), record, decisions.find(c.decisionIndex()).orElse(null))
                : List.of());
        return "rights/case";
    }

    @PostMapping("/rights/cases/{reference}/answer")
    String answer(CurrentUser me, @PathVariable String reference, @RequestParam(defaultValue = "") String text, Model model) {
        try {
            requests.answer(me, reference, text);
            return "redirect:/rights/cases/" + reference;
        } catch (ProblemException e) {
            return again(me, reference, model, e);
        }
    }

    @PostMapping("/rights/cases/{reference}/reviewer")
    String reassign(CurrentUser me, @PathVariable String reference, @RequestParam UUID reviewer, Model model) {
        try {
            reviews.reassign(me, reference, reviewer);
            return "redirect:/rights/cases/" + reference;
        } catch (ProblemException e) {
            return again(me, reference, model, e);
        }
    }

    @GetMapping("/rights/cases/{reference}/attachments/{id}")
    ResponseEntity<byte[]> attachment(CurrentUser me, @PathVariable String reference, @PathVariable UUID id) {
        Cases.Case c = desk.visible(me, reference);
        Cases.Attachment a = cases.attachments(c.id()).stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("rights-case-unknown"));
        // Served as a download, never rendered in the page: the person's file is not trusted content.
        return ResponseEntity.ok().header("Content-Type", "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"attachment-" + a.id() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(cases.content(c.id(), id).orElseThrow());
    }

    private String again(CurrentUser me, String reference, Model model, ProblemException e) {
        if (e.status().value() == 404) {
            throw e;
        }
        one(me, reference, model);
        model.addAttribute("formError", problems.message("problem." + e.code() + ".detail", e.args()));
        return "rights/case";
    }
}
