package kz.senim.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical form of a record: UTF-8 JSON, object members sorted by name, no insignificant white
 * space. The same record always gives the same bytes, so its commitment can be recomputed by anyone.
 */
final class Canonical {

    // Members sorted by name as they are written: no sorted copy of the tree is built per record.
    static final JsonMapper JSON = JsonMapper.builder().enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();

    private Canonical() {
    }

    static byte[] bytes(JsonNode node) {
        return JSON.writeValueAsBytes(node);
    }

    /**
     * The sealed payload {@code {"record":…,"salt":…}} in canonical form, from the record's canonical bytes:
     * the record is not serialized a second time.
     */
    static byte[] payload(byte[] canonicalRecord, byte[] salt) {
        byte[] head = "{\"record\":".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = (",\"salt\":\"" + Base64.getEncoder().encodeToString(salt) + "\"}").getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(head, head.length + canonicalRecord.length + tail.length);
        System.arraycopy(canonicalRecord, 0, out, head.length, canonicalRecord.length);
        System.arraycopy(tail, 0, out, head.length + canonicalRecord.length, tail.length);
        return out;
    }

    static byte[] bytes(Object value) {
        return bytes(JSON.valueToTree(value));
    }
}
