package kz.senim.rights.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.senim.account.CurrentUser;
import kz.senim.ledger.Ledger;
import kz.senim.platform.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Citizens' rights")
@SecurityRequirement(name = "bearer")
class CitizenApi {

    private final Requests requests;
    private final DecisionViews views;
    private final Ledger ledger;
    private final Cases cases;
    private final Refusals refusals;

    private final FindThrottle throttle;

    CitizenApi(Requests requests, DecisionViews views, Ledger ledger, Cases cases, Refusals refusals, FindThrottle throttle) {
        this.requests = requests;
        this.views = views;
        this.ledger = ledger;
        this.cases = cases;
        this.refusals = refusals;
        this.throttle = throttle;
    }

    record NewRequest(@NotNull Cases.Kind kind, @Size(max = 5000) String text, Boolean wholeOperator) {
    }

    record Find(@NotBlank @Size(max = 200) String reference,
                @NotBlank @Pattern(regexp = "\\d{12}", message = "{ledger.validation.iin}") String iin) {
    }

    record NewRefusal(@NotNull UUID systemId, Boolean wholeOperator) {
    }

    @Operation(summary = "Decisions about the signed-in citizen: system (with its register card), human involvement, outcome, "
            + "explanation in the caller's language, data used, sign-off state, verified mark and requests made")
    @GetMapping("/api/v1/rights/decisions")
    List<DecisionViews.View> mine(CurrentUser me) {
        return views.about(requests.iinOf(me));
    }

    @Operation(summary = "One decision about the signed-in citizen (404 for any other, with no hint whether it exists)")
    @GetMapping("/api/v1/rights/decisions/{index}")
    DecisionViews.View one(CurrentUser me, @PathVariable long index) {
        return views.one(requests.iinOf(me), index).orElseThrow(() -> ProblemException.notFound("rights-decision-unknown"));
    }

    @Operation(summary = "A receipt for an entry about the signed-in citizen (decision, appeal outcome or sign-off), verifiable offline")
    @GetMapping("/api/v1/rights/entries/{index}/receipt")
    Map<String, Object> receipt(CurrentUser me, @PathVariable long index) {
        ledger.aboutSubject(requests.iinOf(me)).stream().filter(e -> e.index() == index).findFirst()
                .orElseThrow(() -> ProblemException.notFound("rights-decision-unknown"));
        return ledger.receipt(index).orElseThrow(() -> new ProblemException(HttpStatus.CONFLICT, "ledger-not-integrated"));
    }

    @Operation(summary = "Make a request on one's own decision: EXPLANATION, DATA_ACCESS, REFUSAL or APPEAL (late appeals are accepted and flagged; "
            + "a second open request of the same kind is refused with 409 and the first one's reference)")
    @PostMapping("/api/v1/rights/decisions/{index}/requests")
    @ResponseStatus(HttpStatus.CREATED)
    DecisionViews.CaseView request(CurrentUser me, @PathVariable long index, @Valid @RequestBody NewRequest r) {
        Cases.Case c = requests.submit(me, r.kind(), index, r.text(), Boolean.TRUE.equals(r.wholeOperator()), List.of());
        return views.caseView(c, List.of());
    }

    @Operation(summary = "Attach a file (multipart part \"file\", at most senim.rights.max-attachment-bytes) to one's own open request")
    @PostMapping(value = "/api/v1/rights/my-cases/{reference}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    List<Cases.Attachment> attach(CurrentUser me, @PathVariable String reference, @RequestPart("file") MultipartFile file) throws IOException {
        Cases.Case c = mineCase(me, reference);
        if (!c.open()) {
            throw ProblemException.conflict("rights-case-closed");
        }
        if (cases.attachments(c.id()).size() >= Requests.MAX_FILES) {
            throw ProblemException.badRequest("rights-attachments-too-many", Requests.MAX_FILES);
        }
        var uploads = CitizenPages.uploads(List.of(file));
        requests.checkFiles(uploads);
        uploads.forEach(u -> cases.attach(c.id(), u.filename(), u.contentType(), u.content(), Requests.sha256(u.content())));
        return cases.attachments(c.id());
    }

    @Operation(summary = "The signed-in citizen's requests with their status history and deadlines")
    @GetMapping("/api/v1/rights/my-cases")
    List<DecisionViews.CaseView> myCases(CurrentUser me) {
        String iin = requests.iinOf(me);
        var entries = ledger.aboutSubject(iin);
        return cases.bySubject(ledger.subjectKey(iin)).stream().map(c -> views.caseView(c, entries)).toList();
    }

    @Operation(summary = "Find a decision by the reference on the operator's notice and the person's IIN (no sign-in; "
            + "a wrong reference or IIN gives the same 404 as a missing decision)")
    @PostMapping("/api/v1/public/rights/find")
    DecisionViews.View find(@Valid @RequestBody Find f, jakarta.servlet.http.HttpServletRequest request) {
        throttle.check(request.getRemoteAddr());
        Ledger.Entry entry = ledger.byReference(f.reference(), f.iin()).orElseThrow(() -> {
            throttle.failed(request.getRemoteAddr());
            return ProblemException.notFound("rights-decision-unknown");
        });
        return views.found(entry, f.iin());
    }

    @Operation(summary = "The signed-in citizen's refusals of AI processing")
    @GetMapping("/api/v1/rights/refusals")
    List<Refusals.Refusal> myRefusals(CurrentUser me) {
        return refusals.of(ledger.subjectKey(requests.iinOf(me)));
    }

    @Operation(summary = "Refuse AI processing by a public system, or by its operator as a whole (wholeOperator); tracked as a REFUSAL request")
    @PostMapping("/api/v1/rights/refusals")
    @ResponseStatus(HttpStatus.CREATED)
    DecisionViews.CaseView refuse(CurrentUser me, @Valid @RequestBody NewRefusal r) {
        return views.caseView(requests.refuse(me, r.systemId(), Boolean.TRUE.equals(r.wholeOperator())), List.of());
    }

    @Operation(summary = "Withdraw one's own refusal")
    @PostMapping("/api/v1/rights/refusals/{id}/withdrawal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(CurrentUser me, @PathVariable UUID id) {
        if (!refusals.withdraw(ledger.subjectKey(requests.iinOf(me)), id)) {
            throw ProblemException.notFound("rights-refusal-unknown");
        }
    }

    private Cases.Case mineCase(CurrentUser me, String reference) {
        byte[] subject = ledger.subjectKey(requests.iinOf(me));
        return cases.byReference(reference).filter(c -> java.util.Arrays.equals(c.subjectKey(), subject))
                .orElseThrow(() -> ProblemException.notFound("rights-case-unknown"));
    }
}
