package kz.senim.classification.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import kz.senim.account.CurrentUser;
import kz.senim.account.Role;
import kz.senim.platform.ProblemException;
import kz.senim.rules.Classification;
import kz.senim.rules.RulePack;
import kz.senim.rules.RulePacks;
import kz.senim.rules.WhatIf;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Classification and rule packs")
@SecurityRequirement(name = "bearer")
class ClassificationApi {

    private final RulePackStore packs;
    private final ClassificationService classifications;
    ClassificationApi(RulePackStore packs, ClassificationService classifications) {
        this.packs = packs;
        this.classifications = classifications;
    }

    record Recorded(java.util.UUID classificationId, java.util.UUID systemId, Classification result) {
    }

    @Operation(summary = "Classify a system of the caller's organization with the pack in force and record the result on its register entry (operator)")
    @PostMapping("/systems/{id}/classification")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded classifySystem(CurrentUser me, @PathVariable java.util.UUID id, @Valid @RequestBody Evaluate request) {
        var answers = kz.senim.rules.AnswersJson.read(request.answers());
        var system = classifications.operatedBy(me, id);
        Classification result = classifications.classify(answers);
        java.util.UUID cid = classifications.recordFor(system, result, answers, me.id());
        return new Recorded(cid, id, result);
    }

    record Evaluate(@NotNull JsonNode answers) {
    }

    record WhatIfRequest(@NotNull JsonNode answers, @NotBlank String questionId, @NotNull JsonNode answer) {
    }

    record Uploaded(RulePackStore.Version version, List<ClassificationService.Impact> impact) {
    }

    @Operation(summary = "The rule pack in force (questions, rules, obligations, with kk/ru/en texts and sources); public")
    @GetMapping("/public/rule-pack")
    RulePack active() {
        return packs.active();
    }

    @Operation(summary = "Classify answers with the pack in force: class, autonomy, flags, obligations, the score's formula and each answer's contribution. Nothing is stored.")
    @PostMapping("/classifications/evaluate")
    Classification evaluate(CurrentUser me, @Valid @RequestBody Evaluate request) {
        return classifications.classify(kz.senim.rules.AnswersJson.read(request.answers()));
    }

    @Operation(summary = "What if one answer were different: both results and what moved")
    @PostMapping("/classifications/what-if")
    WhatIf.Result whatIf(CurrentUser me, @Valid @RequestBody WhatIfRequest request) {
        return classifications.whatIf(kz.senim.rules.AnswersJson.read(request.answers()), request.questionId(), kz.senim.rules.AnswersJson.answer(request.answer()));
    }

    @Operation(summary = "Rule-pack versions (regulator, admins)")
    @GetMapping("/rule-packs")
    List<RulePackStore.Version> versions(CurrentUser me) {
        me.require(Role.ADMIN, Role.REGULATOR);
        return packs.versions();
    }

    @Operation(summary = "One rule-pack version as YAML (regulator, admins)")
    @GetMapping(value = "/rule-packs/{version}", produces = "application/yaml")
    String source(CurrentUser me, @PathVariable String version) {
        me.require(Role.ADMIN, Role.REGULATOR);
        return packs.source(version).orElseThrow(() -> ProblemException.notFound("rule-pack-unknown", version));
    }

    @Operation(summary = "Upload a new rule-pack version as YAML (admin). It is validated first; a pack with problems is refused (422) with every problem listed. The answer lists the classifications whose class would change under it.")
    @PostMapping(value = "/rule-packs", consumes = {"application/yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE})
    @ResponseStatus(HttpStatus.CREATED)
    Uploaded upload(CurrentUser me, @RequestBody String yaml) {
        me.require(Role.ADMIN);
        RulePack pack = RulePackStore.check(yaml);
        List<ClassificationService.Impact> impact = classifications.impact(pack);
        return new Uploaded(packs.upload(yaml, me.id()), impact);
    }

    @Operation(summary = "Check a rule pack without storing it (admin, regulator): the problems, and the classifications it would change")
    @PostMapping(value = "/rule-packs/check", consumes = {"application/yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE})
    List<ClassificationService.Impact> check(CurrentUser me, @RequestBody String yaml) {
        me.require(Role.ADMIN, Role.REGULATOR);
        return classifications.impact(RulePackStore.check(yaml));
    }

    @Operation(summary = "Put a stored version in force (admin)")
    @PostMapping("/rule-packs/{version}/activate")
    ResponseEntity<Void> activate(CurrentUser me, @PathVariable String version) {
        me.require(Role.ADMIN);
        packs.activate(version);
        return ResponseEntity.noContent().build();
    }

}
