package kz.senim.rights.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/rights")
@Tag(name = "Rights desk (operators and reviewers)")
@SecurityRequirement(name = "bearer")
class DeskApi {

    private final Cases cases;
    private final Desk desk;
    private final Requests requests;
    private final Reviews reviews;
    private final Reminders reminders;

    DeskApi(Cases cases, Desk desk, Requests requests, Reviews reviews, Reminders reminders) {
        this.cases = cases;
        this.desk = desk;
        this.requests = requests;
        this.reviews = reviews;
        this.reminders = reminders;
    }

    record CaseDetail(Desk.Row summary, String text, String answer, Cases.Outcome outcome, String newOutcome, Long outcomeIndex,
                      Long decisionIndex, List<Cases.Event> history, List<Cases.Attachment> attachments, JsonNode decision) {
    }

    record Answer(@NotBlank @Size(max = 5000) String text) {
    }

    record Assignment(@NotNull UUID reviewerId) {
    }

    record Assessment(@NotBlank @Size(max = 5000) String assessment) {
    }

    record Decision(@NotNull Cases.Outcome outcome, @NotBlank @Size(max = 5000) String reasons, @Size(max = 200) String newOutcome) {
    }

    @Operation(summary = "Requests of the caller's organization (operators) or appeals assigned to the caller (reviewers), by deadline")
    @GetMapping("/cases")
    List<Desk.Row> list(CurrentUser me) {
        me.require(Role.OPERATOR, Role.REVIEWER);
        if (me.has(Role.OPERATOR) && me.organizationId() != null) {
            return desk.rows(cases.byOrganization(me.organizationId(), false));
        }
        return desk.rows(cases.byReviewer(me.id()));
    }

    @Operation(summary = "One request with its history and attachments (operators of its organization; the assigned reviewer). "
            + "The decision's record is given to operators only: reviewers read it on the review screen")
    @GetMapping("/cases/{reference}")
    CaseDetail one(CurrentUser me, @PathVariable String reference) {
        Cases.Case c = desk.visible(me, reference);
        return new CaseDetail(desk.row(c), c.text(), c.answer(), c.outcome(), c.newOutcome(), c.outcomeIndex(), c.decisionIndex(),
                cases.events(c.id()), cases.attachments(c.id()), me.has(Role.OPERATOR) ? desk.decisionRecord(c) : null);
    }

    @Operation(summary = "Answer an explanation, data-access or refusal request (operators); appeals are decided by a reviewer")
    @PostMapping("/cases/{reference}/answer")
    Desk.Row answer(CurrentUser me, @PathVariable String reference, @Valid @RequestBody Answer a) {
        return desk.row(requests.answer(me, reference, a.text()));
    }

    @Operation(summary = "Hand an appeal to another reviewer of the organization who took no part in the decision (operators)")
    @PostMapping("/cases/{reference}/reviewer")
    Desk.Row reassign(CurrentUser me, @PathVariable String reference, @Valid @RequestBody Assignment a) {
        reviews.reassign(me, reference, a.reviewerId());
        return desk.row(desk.visible(me, reference));
    }

    @Operation(summary = "The review screen (assigned reviewer): inputs and the person's arguments; the AI's output only once the "
            + "independent assessment is recorded")
    @GetMapping("/reviews/{reference}")
    Reviews.Screen review(CurrentUser me, @PathVariable String reference) {
        return reviews.screen(me, reference, desk.systemName(reviews.assigned(me, reference).systemId()));
    }

    @Operation(summary = "Record the reviewer's independent assessment, before seeing the AI's output")
    @PostMapping("/reviews/{reference}/assessment")
    Reviews.Screen assess(CurrentUser me, @PathVariable String reference, @Valid @RequestBody Assessment a) {
        reviews.assess(me, reference, a.assessment());
        return review(me, reference);
    }

    @Operation(summary = "Decide the appeal: UPHELD, OVERTURNED or CHANGED (with newOutcome) and reasons; logged in the ledger "
            + "as an APPEAL_OUTCOME entry naming the decision's index (409 before the assessment)")
    @PostMapping("/reviews/{reference}/outcome")
    Desk.Row decide(CurrentUser me, @PathVariable String reference, @Valid @RequestBody Decision d) {
        return desk.row(reviews.decide(me, reference, d.outcome(), d.reasons(), d.newOutcome()));
    }

    @Operation(summary = "In-app reminders for the caller's organization: requests due soon and overdue")
    @GetMapping("/notices")
    List<Reminders.Notice> notices(CurrentUser me) {
        me.require(Role.OPERATOR, Role.REVIEWER);
        return me.organizationId() == null ? List.of() : reminders.notices(me.organizationId());
    }
}
