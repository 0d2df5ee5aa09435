package kz.senim.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.senim.tlog.Checkpoint;
import kz.senim.tlog.Ed25519Verifier;
import kz.senim.tlog.Hashes;
import kz.senim.tlog.ProofVerifier;
import kz.senim.tlog.TlogException;
import kz.senim.tlog.Verdict;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a ledger receipt offline with nothing but the log's public key: the checkpoint's signature, the
 * entry's inclusion in that checkpoint's tree and, when the receipt carries the record, that the record
 * is the one the entry committed to. Every failure has a plain reason; nothing throws.
 */
public final class ReceiptVerifier {

    public static final String FORMAT = "senim-ledger-receipt/1";

    private ReceiptVerifier() {
    }

    public record Result(boolean ok, String reason, long index) {
    }

    public static Result verify(JsonNode receipt, String trustedKey) {
        long index = receipt.path("index").asLong(-1);
        try {
            return check(receipt, trustedKey, index);
        } catch (TlogException | IllegalArgumentException | ArithmeticException e) {
            return new Result(false, "malformed receipt: " + e.getMessage(), index);
        }
    }

    private static Result check(JsonNode receipt, String trustedKey, long index) {
        if (!FORMAT.equals(receipt.path("format").asString(""))) {
            return new Result(false, "not a Senim ledger receipt (format " + receipt.path("format").asString("missing") + ")", index);
        }
        Ed25519Verifier key = Ed25519Verifier.parse(trustedKey.trim());
        String origin = receipt.path("origin").asString("");
        Checkpoint checkpoint = Checkpoint.open(receipt.path("checkpoint").asString(""), origin, List.of(key));
        long size = receipt.path("treeSize").asLong(-1);
        if (size != checkpoint.size()) {
            return new Result(false, "treeSize " + size + " differs from the checkpoint's " + checkpoint.size(), index);
        }
        if (index < 0 || index >= size) {
            return new Result(false, "index " + index + " is outside the tree of size " + size, index);
        }
        byte[] leaf = Base64.getDecoder().decode(receipt.path("leaf").asString(""));
        List<byte[]> proof = new ArrayList<>();
        for (JsonNode h : receipt.path("inclusionProof")) {
            proof.add(Base64.getDecoder().decode(h.asString()));
        }
        Verdict inclusion = ProofVerifier.verifyInclusion(index, size, Hashes.leafHash(leaf), proof, checkpoint.rootHash());
        if (!inclusion.ok()) {
            return new Result(false, "entry " + index + " is not in the signed tree: " + inclusion.reason(), index);
        }
        if (receipt.has("record") && receipt.has("salt")) {
            JsonNode leafJson = ApiClient.JSON.readTree(leaf);
            byte[] committed = Base64.getDecoder().decode(leafJson.path("commitment").asString(""));
            byte[] salt = Base64.getDecoder().decode(receipt.path("salt").asString());
            if (!MessageDigest.isEqual(committed, sha256(salt, canonical(receipt.path("record"))))) {
                return new Result(false, "the record of entry " + index + " is not the one the log committed to", index);
            }
        }
        return new Result(true, "entry " + index + " is included in the tree of size " + size + " signed by " + key.name(), index);
    }

    /** The ledger's canonical form: UTF-8 JSON with object members sorted by name, no white space. */
    static byte[] canonical(JsonNode node) {
        return ApiClient.JSON.writeValueAsString(sorted(node)).getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> members = new TreeMap<>();
            node.properties().forEach(e -> members.put(e.getKey(), sorted(e.getValue())));
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            members.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            var out = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> out.add(sorted(n)));
            return out;
        }
        return node;
    }

    private static byte[] sha256(byte[] salt, byte[] data) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(salt);
            return md.digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
