package kz.senim.classification.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import kz.senim.platform.ProblemException;
import kz.senim.rules.PackValidator;
import kz.senim.rules.Problem;
import kz.senim.rules.RulePack;
import kz.senim.rules.RulePackFormatException;
import kz.senim.rules.RulePacks;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rule-pack versions in the database, exactly one of them in force. The shipped pack is stored on
 * first start; later versions are uploaded by an administrator, validated before anything is stored.
 */
@Component
@Order(-10)
class RulePackStore implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final AtomicReference<RulePack> active = new AtomicReference<>();

    RulePackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Version(UUID id, String packId, String version, java.time.LocalDate effectiveDate, boolean active,
                   Instant uploadedAt, String sha256) {
    }

    /** The pack failed validation; nothing was stored. */
    static final class Invalid extends ProblemException {
        final transient List<Problem> problems;

        Invalid(List<Problem> problems) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "rule-pack-invalid", problems.size());
            this.problems = problems;
        }

        @Override
        public java.util.Map<String, Object> details(kz.senim.platform.Problems texts) {
            return java.util.Map.of("problems", problems.stream().map(p -> java.util.Map.of(
                    "path", p.path(), "code", p.code(), "args", p.args(),
                    "message", texts.message("rules.problem." + p.code(), p.args().toArray()))).toList());
        }
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from rule_pack").query(Long.class).single() == 0) {
            String yaml = bundledYaml();
            UUID id = store(RulePacks.fromYaml(yaml), yaml, null);
            jdbc.sql("update rule_pack set active = true where id = ?").param(id).update();
        }
        active.set(null);
    }

    RulePack active() {
        RulePack pack = active.get();
        if (pack == null) {
            String yaml = jdbc.sql("select source from rule_pack where active").query(String.class).single();
            pack = RulePacks.fromYaml(yaml);
            active.set(pack);
        }
        return pack;
    }

    Optional<RulePack> version(String version) {
        return source(version).map(RulePacks::fromYaml);
    }

    Optional<String> source(String version) {
        return jdbc.sql("select source from rule_pack where version = ? order by uploaded_at desc limit 1")
                .param(version).query(String.class).optional();
    }

    List<Version> versions() {
        return jdbc.sql("select * from rule_pack order by uploaded_at desc")
                .query((rs, n) -> new Version(rs.getObject("id", UUID.class), rs.getString("pack_id"), rs.getString("version"),
                        rs.getDate("effective_date").toLocalDate(), rs.getBoolean("active"),
                        rs.getTimestamp("uploaded_at").toInstant(), java.util.HexFormat.of().formatHex(rs.getBytes("sha256"))))
                .list();
    }

    /** Parses and validates; returns the pack, or throws with every problem found. Stores nothing. */
    static RulePack check(String yaml) {
        RulePack pack;
        try {
            pack = RulePacks.fromYaml(yaml);
        } catch (RulePackFormatException e) {
            throw new Invalid(List.of(new Problem(e.path() == null ? "" : e.path(), "FORMAT", List.of(String.valueOf(e.getMessage())))));
        } catch (RuntimeException e) {
            throw new Invalid(List.of(new Problem("", "FORMAT", List.of(e.getClass().getSimpleName()))));
        }
        List<Problem> problems = PackValidator.validate(pack);
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return pack;
    }

    @Transactional
    Version upload(String yaml, UUID by) {
        RulePack pack = check(yaml);
        boolean exists = jdbc.sql("select count(*) from rule_pack where pack_id = ? and version = ?")
                .params(pack.id(), pack.version()).query(Long.class).single() > 0;
        if (exists) {
            throw ProblemException.conflict("rule-pack-exists", pack.version());
        }
        UUID id = store(pack, yaml, by);
        return versions().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    @Transactional
    void activate(String version) {
        var id = jdbc.sql("select id from rule_pack where version = ? order by uploaded_at desc limit 1")
                .param(version).query(UUID.class).optional()
                .orElseThrow(() -> ProblemException.notFound("rule-pack-unknown", version));
        jdbc.sql("update rule_pack set active = false where active").update();
        jdbc.sql("update rule_pack set active = true where id = ?").param(id).update();
        active.set(null);
    }

    private UUID store(RulePack pack, String yaml, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into rule_pack (id, pack_id, version, effective_date, source, sha256, uploaded_by) values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, pack.id(), pack.version(), Date.valueOf(pack.effectiveDate()), yaml, sha256(yaml), by).update();
        return id;
    }

    private static String bundledYaml() {
        try (InputStream in = RulePacks.class.getResourceAsStream(RulePacks.BUNDLED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
