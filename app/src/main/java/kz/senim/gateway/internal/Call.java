package kz.senim.gateway.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.senim.guard.FindingType;

/** The audit record of one call while it runs; confined to the request's thread. Holds no raw value. */
final class Call {

    final UUID id = UUID.randomUUID();
    final Instant at = Instant.now();
    private final long started = System.nanoTime();
    final String endpoint;
    UUID organizationId;
    UUID accountId;
    String model;
    /** The domestic alias a request was sent to instead of {@link #model}, when the policy rerouted it. */
    String routedModel;
    UUID upstreamId;
    UpstreamKind upstreamKind;
    /** For messages only: the service's name as the organization configured it. */
    String upstreamName = "";
    boolean streamed;
    Decision decision = Decision.REJECTED;
    final Map<FindingType, Integer> findings = new EnumMap<>(FindingType.class);
    final Map<FindingType, Integer> answerFindings = new EnumMap<>(FindingType.class);
    final Set<String> hashes = new LinkedHashSet<>();
    int status = 200;
    String errorCode;
    long upstreamNanos = -1;
    private long upstreamStarted;

    Call(String endpoint) {
        this.endpoint = endpoint;
    }

    void found(FindingType type, String hash) {
        findings.merge(type, 1, Integer::sum);
        if (hashes.size() < 200) {
            hashes.add(hash);
        }
    }

    void foundInAnswer(FindingType type) {
        answerFindings.merge(type, 1, Integer::sum);
    }

    void upstream(OrgConfig.Upstream u) {
        upstreamId = u.id();
        upstreamKind = u.kind();
        upstreamName = u.name();
    }

    void upstreamStarted() {
        upstreamStarted = System.nanoTime();
    }

    void upstreamAnswered() {
        if (upstreamStarted != 0 && upstreamNanos < 0) {
            upstreamNanos = System.nanoTime() - upstreamStarted;
        }
    }

    void failed(int status, String code) {
        this.status = status;
        this.errorCode = code;
    }

    /** The finished record, with the latency up to now. */
    AuditLog.Entry entry() {
        long total = System.nanoTime() - started;
        return new AuditLog.Entry(id, at, organizationId, accountId, endpoint, model, routedModel, upstreamId,
                upstreamKind == null ? null : upstreamKind.name(), streamed, decision.name(), Map.copyOf(findings),
                Map.copyOf(answerFindings), Set.copyOf(hashes), status, errorCode, (int) (total / 1_000_000),
                upstreamNanos < 0 ? null : (int) (upstreamNanos / 1_000_000));
    }
}
