package kz.senim.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads and writes rule packs as YAML (the authored form) or JSON (what the app stores and serves). */
public final class RulePacks {

    /** The pack shipped with this module. */
    public static final String BUNDLED = "/kz/senim/rules/kz-ai-law-230-viii.yaml";

    // Unknown fields fail: a typo in a pack ("requiresEvidance") must not silently drop a rule.
    // Omitted numbers and booleans (impact, required, ...) default to 0 / false.
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private RulePacks() {
    }

    public static RulePack bundled() {
        try (InputStream in = RulePacks.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IllegalStateException("missing resource " + BUNDLED);
            return read(YAML, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RulePack fromYaml(String yaml) {
        return read(YAML, yaml);
    }

    public static RulePack fromYaml(InputStream yaml) {
        return read(YAML, yaml);
    }

    public static RulePack fromJson(String json) {
        return read(JSON, json);
    }

    public static String toYaml(RulePack pack) {
        return YAML.writeValueAsString(pack);
    }

    public static String toJson(RulePack pack) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(pack);
    }

    /** The JSON mapper configured like the pack reader, for apps that store classifications as JSON. */
    public static ObjectMapper json() {
        return JSON;
    }

    private static RulePack read(ObjectMapper mapper, Object source) {
        try {
            return source instanceof String s
                    ? mapper.readValue(s, RulePack.class)
                    : mapper.readValue((InputStream) source, RulePack.class);
        } catch (JacksonException e) {
            throw new RulePackFormatException(e.getOriginalMessage(), e.getPathReference(), e);
        }
    }
}
