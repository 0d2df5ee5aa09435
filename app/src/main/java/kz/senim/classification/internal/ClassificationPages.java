package kz.senim.classification.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.senim.account.CurrentUser;
import kz.senim.platform.ProblemException;
import kz.senim.platform.Problems;
import kz.senim.rules.Answer;
import kz.senim.rules.Classifier;
import kz.senim.rules.RulePack;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The questionnaire: only the questions that apply are shown (htmx re-renders the form on each change,
 * so a hidden question's answer is dropped), then the result with its formula, each answer's
 * contribution, the obligations and a what-if panel.
 */
@Controller
class ClassificationPages {

    private final RulePackStore packs;
    private final ClassificationService classifications;
    private final Problems problems;

    ClassificationPages(RulePackStore packs, ClassificationService classifications, Problems problems) {
        this.packs = packs;
        this.classifications = classifications;
        this.problems = problems;
    }

    @GetMapping("/classify")
    String start(CurrentUser me, @RequestParam(required = false) java.util.UUID system, Model model) {
        if (system != null) {
            model.addAttribute("system", classifications.operatedBy(me, system));
        }
        fill(model, packs.active(), Map.of(), Map.of());
        return "classification/questionnaire";
    }

    @PostMapping("/classify/form")
    String form(CurrentUser me, @RequestParam MultiValueMap<String, String> form,
                @RequestParam(required = false) java.util.UUID system, Model model) {
        RulePack pack = packs.active();
        model.addAttribute("system", system == null ? null : classifications.operatedBy(me, system));
        fill(model, pack, QuestionnaireForm.read(pack, form), Map.of());
        return "classification/questionnaire :: form";
    }

    @PostMapping("/classify")
    String classify(CurrentUser me, @RequestParam MultiValueMap<String, String> form,
                    @RequestParam(required = false) java.util.UUID system, Model model) {
        RulePack pack = packs.active();
        Map<String, Answer> answers = QuestionnaireForm.read(pack, form);
        var target = system == null ? null : classifications.operatedBy(me, system);
        model.addAttribute("system", target);
        try {
            var result = classifications.classify(pack, answers);
            if (target != null) {
                classifications.recordFor(target, result, answers, me.id());
            }
            model.addAttribute("result", result);
            String lang = LocaleContextHolder.getLocale().getLanguage();
            model.addAttribute("flagTexts", pack.flags().stream().filter(f -> result.flags().contains(f.id()))
                    .map(f -> f.text().in(lang)).toList());
        } catch (ClassificationService.InvalidAnswers e) {
            Map<String, String> errors = new HashMap<>();
            e.errors.forEach(err -> errors.merge(err.questionId() == null ? "" : err.questionId(),
                    problems.message("rules.answer." + err.code(), err.args().toArray()), (a, b) -> a + " " + b));
            fill(model, pack, answers, errors);
            return "classification/questionnaire";
        }
        fill(model, pack, answers, Map.of());
        return "classification/result";
    }

    @PostMapping("/classify/what-if")
    String whatIf(CurrentUser me, @RequestParam MultiValueMap<String, String> form,
                  @RequestParam("whatIf.question") String questionId, Model model) {
        RulePack pack = packs.active();
        Map<String, Answer> answers = QuestionnaireForm.read(pack, form);
        MultiValueMap<String, String> changed = new org.springframework.util.LinkedMultiValueMap<>(form);
        changed.put("q." + questionId, form.getOrDefault("whatIf.value", List.of()));
        changed.add("q." + questionId + ".shown", "1");
        Answer newAnswer = QuestionnaireForm.read(pack, changed).get(questionId);
        if (newAnswer == null || pack.question(questionId).isEmpty()) {
            throw ProblemException.badRequest("answers-invalid", 1);
        }
        fill(model, pack, answers, Map.of());
        try {
            model.addAttribute("whatIf", classifications.whatIf(answers, questionId, newAnswer));
        } catch (ClassificationService.InvalidAnswers e) {
            model.addAttribute("whatIfError", e.errors.stream()
                    .map(err -> problems.message("rules.answer." + err.code(), err.args().toArray())).toList());
        }
        return "classification/result :: whatif";
    }

    private void fill(Model model, RulePack pack, Map<String, Answer> answers, Map<String, String> errors) {
        List<String> visible = Classifier.visibleQuestions(pack, answers);
        Map<String, List<String>> shown = new HashMap<>();
        answers.forEach((id, a) -> shown.put(id, QuestionnaireForm.shown(a)));
        Map<String, String> evidence = new HashMap<>();
        answers.forEach((id, a) -> evidence.put(id, a.evidence().isEmpty() ? "" : a.evidence().getFirst()));
        model.addAttribute("pack", pack);
        model.addAttribute("lang", LocaleContextHolder.getLocale().getLanguage());
        model.addAttribute("visible", visible);
        model.addAttribute("shown", shown);
        model.addAttribute("evidence", evidence);
        model.addAttribute("errors", errors);
    }

}
