package kz.senim.rights.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.senim.explain.Lang;
import kz.senim.explain.ModelParser;
import kz.senim.explain.ParseResult;
import kz.senim.explain.ScoringModel;
import kz.senim.platform.ProblemException;
import kz.senim.platform.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Scoring models registered as data for a system (the explain engine's format), one per model version as
 * decisions name it in {@code modelVersion}; and written explanations for systems whose model is not data.
 */
@Component
class Models {

    static final int MAX_MODEL_CHARS = 512 * 1024;

    private final JdbcClient jdbc;

    Models(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Registered(String version, String modelId, java.time.Instant uploadedAt) {
    }

    /** A model file with problems: every problem, as the engine found it (paths name the field). */
    static final class InvalidModel extends ProblemException {
        final transient List<kz.senim.explain.Problem> problems;

        InvalidModel(List<kz.senim.explain.Problem> problems) {
            super(HttpStatus.BAD_REQUEST, "rights-model-invalid", problems.size());
            this.problems = problems;
        }

        @Override
        public Map<String, Object> details(Problems texts) {
            return Map.of("errors", problems.stream().map(p -> Map.of("path", p.path(), "message", p.message())).toList());
        }
    }

    ScoringModel register(UUID systemId, String version, String source, UUID by) {
        if (version == null || version.isBlank() || version.length() > 128) {
            throw ProblemException.badRequest("rights-model-version");
        }
        if (source == null || source.length() > MAX_MODEL_CHARS) {
            throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "rights-model-too-large", MAX_MODEL_CHARS);
        }
        ParseResult parsed = ModelParser.parse(source);
        if (!parsed.ok()) {
            throw new InvalidModel(parsed.problems());
        }
        jdbc.sql("""
                insert into rights_model (system_id, version, model_id, source, uploaded_by) values (?, ?, ?, ?, ?)
                on conflict (system_id, version) do nothing""")
                .params(systemId, version.strip(), parsed.model().id(), source, by).update();
        String stored = jdbc.sql("select source from rights_model where system_id = ? and version = ?")
                .params(systemId, version.strip()).query(String.class).single();
        if (!stored.equals(source)) {
            // Decisions already name this version: it must keep meaning the same model.
            throw ProblemException.conflict("rights-model-exists", version.strip());
        }
        return parsed.model();
    }

    List<Registered> of(UUID systemId) {
        return jdbc.sql("select version, model_id, uploaded_at from rights_model where system_id = ? order by uploaded_at desc")
                .param(systemId).query((rs, n) -> new Registered(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
    }

    Optional<ScoringModel> find(UUID systemId, String version) {
        if (version == null) {
            return Optional.empty();
        }
        return jdbc.sql("select source from rights_model where system_id = ? and version = ?").params(systemId, version)
                .query(String.class).optional().map(s -> ModelParser.parse(s).orThrow());
    }

    Map<Lang, String> written(UUID systemId) {
        Map<Lang, String> texts = new EnumMap<>(Lang.class);
        jdbc.sql("select lang, text from rights_written_explanation where system_id = ?").param(systemId)
                .query(rs -> {
                    texts.put(Lang.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT)), rs.getString(2));
                });
        return texts;
    }

    /** Replaces the written explanation; at least one language, each at most 5000 characters. */
    @org.springframework.transaction.annotation.Transactional
    void write(UUID systemId, Map<Lang, String> texts, UUID by) {
        Map<Lang, String> given = new EnumMap<>(Lang.class);
        texts.forEach((lang, text) -> {
            if (text != null && !text.isBlank()) {
                given.put(lang, text.strip());
            }
        });
        if (given.isEmpty() || given.values().stream().anyMatch(t -> t.length() > 5000)) {
            throw ProblemException.badRequest("rights-explanation-invalid");
        }
        jdbc.sql("delete from rights_written_explanation where system_id = ?").param(systemId).update();
        given.forEach((lang, text) -> jdbc.sql("insert into rights_written_explanation (system_id, lang, text, updated_by) values (?, ?, ?, ?)")
                .params(systemId, lang.name().toLowerCase(java.util.Locale.ROOT), text, by).update());
    }
}
