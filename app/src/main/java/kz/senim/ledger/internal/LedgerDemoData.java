package kz.senim.ledger.internal;

import java.util.Map;
import kz.senim.ledger.EntryKind;
import kz.senim.platform.UsingEmbeddedDatabase;
import kz.senim.registry.Register;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * One logged decision for the demo: the welfare scoring's decision about the demo citizen (awaiting sign-off), whom they can
 * find under "My decisions" or, without signing in, by reference DFC-2026-000123 and IIN 900101300255.
 */
@Component
@Conditional(UsingEmbeddedDatabase.class)
@Order(20)
class LedgerDemoData implements ApplicationRunner {

    static final String REFERENCE = "DFC-2026-000123";

    private final LedgerService ledger;
    private final LedgerReader reader;
    private final Register register;

    LedgerDemoData(LedgerService ledger, LedgerReader reader, Register register) {
        this.ledger = ledger;
        this.reader = reader;
        this.register = register;
    }

    @Override
    public void run(ApplicationArguments args) {
        var welfare = register.all().stream().filter(s -> s.name().startsWith("Digital Family Card")).findFirst();
        if (welfare.isEmpty() || reader.bySubject("900101300255", null).size() > 0) {
            return;
        }
        ObjectNode record = Canonical.JSON.createObjectNode();
        record.put("systemId", welfare.get().id().toString());
        record.put("systemVersion", "1");
        record.put("modelVersion", "welfare-scorer-2026.03");
        record.put("datasetVersion", "household-registry-2026-10");
        record.put("parametersDigest", "sha256:" + "3f".repeat(32));
        record.put("inputCommitment", "sha256:" + "a7".repeat(32));
        record.put("outcome", "not eligible for the targeted social assistance");
        record.put("explanationRef", "Scorecard welfare-eligibility-2026: 40 points; threshold 50");
        record.set("human", Canonical.JSON.valueToTree(Map.of("involved", true, "by", "Social worker A. Nurlanovna", "overrodeAi", false)));
        record.put("occurredAt", "2026-11-02T09:30:00Z");
        record.put("reference", REFERENCE);
        // The feature values of the welfare scorecard registered with the rights desk, so the person gets contributions.
        record.set("dataUsed", Canonical.JSON.valueToTree(Map.of("age", 62, "disability", "group3", "income", 125000,
                "employment", "informal", "householdMembers", 4)));
        ledger.appendChecked(EntryKind.DECISION, welfare.get().organizationId(), welfare.get().id(), "demo-" + REFERENCE, record,
                "900101300255");
    }
}
