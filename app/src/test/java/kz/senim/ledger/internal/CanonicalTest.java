package kz.senim.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Anyone recomputes a commitment from the record, so its canonical bytes must not depend on member order. */
class CanonicalTest {

    @Test
    void membersAreSortedByNameAtEveryDepthWithoutWhiteSpace() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1);
        inner.put("a", "ә");
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("outcome", "eligible");
        record.put("features", List.of(inner, Map.of("b", true)));
        record.put("Age", 41);
        record.put("ғ", null);

        String canonical = new String(Canonical.bytes(record), StandardCharsets.UTF_8);

        assertThat(canonical).isEqualTo("{\"Age\":41,\"features\":[{\"a\":\"ә\",\"z\":1},{\"b\":true}],\"outcome\":\"eligible\",\"ғ\":null}");
    }

    @Test
    void theSameRecordInAnotherOrderGivesTheSameBytes() {
        var one = Canonical.JSON.readTree("{\"b\":{\"y\":2,\"x\":1},\"a\":[3,{\"d\":4,\"c\":5}]}");
        var other = Canonical.JSON.readTree("{\"a\":[3,{\"c\":5,\"d\":4}],\"b\":{\"x\":1,\"y\":2}}");

        assertThat(Canonical.bytes(one)).isEqualTo(Canonical.bytes(other));
    }

    @Test
    void thePayloadIsTheCanonicalFormOfRecordAndSalt() {
        var record = Canonical.JSON.readTree("{\"outcome\":\"eligible\",\"age\":41}");
        byte[] salt = {1, 2, 3, (byte) 0xff};

        assertThat(new String(Canonical.payload(Canonical.bytes(record), salt), StandardCharsets.UTF_8))
                .isEqualTo("{\"record\":{\"age\":41,\"outcome\":\"eligible\"},\"salt\":\"AQID/w==\"}");
    }
}
