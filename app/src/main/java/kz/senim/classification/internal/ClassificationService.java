package kz.senim.classification.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.senim.platform.ProblemException;
import kz.senim.platform.Problems;
import kz.senim.rules.Answer;
import kz.senim.rules.AnswerError;
import kz.senim.rules.Classification;
import kz.senim.rules.Classifier;
import kz.senim.rules.InvalidAnswersException;
import kz.senim.rules.PackDiff;
import kz.senim.rules.RulePack;
import kz.senim.rules.WhatIf;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Classifies answers with the pack in force, explains what moves a class, and what a new pack would change. */
@Service
class ClassificationService {

    private final RulePackStore packs;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final kz.senim.registry.Register register;

    ClassificationService(RulePackStore packs, JdbcClient jdbc, JsonMapper json, kz.senim.registry.Register register) {
        this.packs = packs;
        this.jdbc = jdbc;
        this.json = json;
        this.register = register;
    }

    /** The system, if the caller is an operator of its organization (or an admin); 404 otherwise, as for a missing one. */
    kz.senim.registry.AiSystem operatedBy(kz.senim.account.CurrentUser me, UUID systemId) {
        var system = register.find(systemId).orElseThrow(() -> ProblemException.notFound("system-unknown"));
        boolean operator = me.has(kz.senim.account.Role.OPERATOR) && me.memberOf(system.organizationId());
        if (!operator && !me.has(kz.senim.account.Role.ADMIN)) {
            if (me.memberOf(system.organizationId()) || me.hasAny(kz.senim.account.Role.REGULATOR, kz.senim.account.Role.AUDITOR)) {
                throw ProblemException.forbidden();
            }
            throw ProblemException.notFound("system-unknown");
        }
        return system;
    }

    /** Stores the classification and puts its outcome on the system's register entry, together. */
    @org.springframework.transaction.annotation.Transactional
    UUID recordFor(kz.senim.registry.AiSystem system, Classification result, Map<String, Answer> answers, UUID by) {
        UUID id = record(result, answers, system.id(), system.organizationId(), by);
        register.recordClassification(system.id(), id, result.packVersion(), result.prohibited(),
                result.riskClass() == null ? null : result.riskClass().name(),
                result.autonomyClass() == null ? null : result.autonomyClass().name());
        return id;
    }

    /** Wrong answers: every error at once, each localized; nothing is classified or stored. */
    static final class InvalidAnswers extends ProblemException {
        final transient List<AnswerError> errors;

        InvalidAnswers(List<AnswerError> errors) {
            super(HttpStatus.BAD_REQUEST, "answers-invalid", errors.size());
            this.errors = errors;
        }

        @Override
        public Map<String, Object> details(Problems texts) {
            return Map.of("errors", errors.stream().map(e -> Map.of(
                    "question", e.questionId() == null ? "" : e.questionId(), "code", e.code(), "args", e.args(),
                    "message", texts.message("rules.answer." + e.code(), e.args().toArray()))).toList());
        }
    }

    Classification classify(RulePack pack, Map<String, Answer> answers) {
        try {
            return Classifier.classify(pack, answers);
        } catch (InvalidAnswersException e) {
            throw new InvalidAnswers(e.errors());
        }
    }

    Classification classify(Map<String, Answer> answers) {
        return classify(packs.active(), answers);
    }

    WhatIf.Result whatIf(Map<String, Answer> answers, String questionId, Answer changed) {
        classify(answers);
        try {
            return WhatIf.change(packs.active(), answers, questionId, changed);
        } catch (InvalidAnswersException e) {
            throw new InvalidAnswers(e.errors());
        }
    }

    /** Stores a classification (for a system when given) and returns its id. */
    UUID record(Classification result, Map<String, Answer> answers, UUID systemId, UUID organizationId, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into classification (id, system_id, organization_id, pack_id, pack_version, answers, result, prohibited,
                  risk_class, autonomy_class, created_by) values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?)""")
                .params(id, systemId, organizationId, result.packId(), result.packVersion(), json.writeValueAsString(answers),
                        json.writeValueAsString(result), result.prohibited(),
                        result.riskClass() == null ? null : result.riskClass().name(),
                        result.autonomyClass() == null ? null : result.autonomyClass().name(), by)
                .update();
        return id;
    }

    record Impact(UUID systemId, UUID classificationId, PackDiff.Result result) {
    }

    private record Latest(UUID systemId, UUID id, Map<String, Answer> answers) {
    }

    /** For a pack not yet in force: each system's latest classification re-run under it, those that change first. */
    List<Impact> impact(RulePack candidate) {
        RulePack current = packs.active();
        List<Latest> latest = jdbc.sql("""
                select distinct on (coalesce(system_id, id)) system_id, id, answers from classification
                order by coalesce(system_id, id), created_at desc""")
                .query((rs, n) -> new Latest(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        kz.senim.rules.AnswersJson.read(json.readTree(rs.getString(3))))).list();
        List<PackDiff.Result> results = PackDiff.compareAll(current, candidate, latest.stream().map(Latest::answers).toList());
        List<Impact> out = new java.util.ArrayList<>();
        for (int i = 0; i < latest.size(); i++) {
            out.add(new Impact(latest.get(i).systemId(), latest.get(i).id(), results.get(i)));
        }
        out.sort(java.util.Comparator.comparing((Impact im) -> !(im.result().classChanged() || im.result().needsNewAnswers())));
        return out;
    }
}
