package kz.senim.registry.internal;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kz.senim.platform.ProblemException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Evidence for obligations and mitigation answers: a file kept in the database with its SHA-256, or a
 * link. Only common document types are accepted, and the content must look like its type.
 */
@Component
class Evidence {

    private static final Map<String, String> TYPES = Map.of(
            "application/pdf", "%PDF",
            "image/png", "\u0089PNG",
            "image/jpeg", "\u00ff\u00d8\u00ff",
            "text/plain", "",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK");

    private final JdbcClient jdbc;
    private final long maxBytes;

    Evidence(JdbcClient jdbc, @Value("${senim.evidence.max-bytes:10485760}") long maxBytes) {
        this.jdbc = jdbc;
        this.maxBytes = maxBytes;
    }

    record Item(UUID id, String filename, String contentType, Long size, String sha256, String link, java.time.Instant uploadedAt) {
    }

    record File(String filename, String contentType, byte[] content) {
    }

    Item upload(UUID systemId, String filename, String contentType, byte[] content, UUID by) {
        if (content.length > maxBytes) {
            throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "evidence-too-large", maxBytes);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        String magic = TYPES.get(type);
        if (magic == null || !startsWith(content, magic)) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "evidence-type");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into evidence (id, system_id, filename, content_type, size, sha256, content, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, systemId, safeName(filename), type, content.length, sha256(content), content, by).update();
        return list(systemId).stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    Item link(UUID systemId, String link, UUID by) {
        URI uri;
        try {
            uri = URI.create(link.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("evidence-link");
        }
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null || link.length() > 2000) {
            throw ProblemException.badRequest("evidence-link");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into evidence (id, system_id, link, uploaded_by) values (?, ?, ?, ?)").params(id, systemId, uri.toString(), by).update();
        return list(systemId).stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    List<Item> list(UUID systemId) {
        return jdbc.sql("select id, filename, content_type, size, sha256, link, uploaded_at from evidence where system_id = ? order by uploaded_at")
                .param(systemId)
                .query((rs, n) -> new Item(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), (Long) rs.getObject(4),
                        rs.getBytes(5) == null ? null : HexFormat.of().formatHex(rs.getBytes(5)), rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    File file(UUID systemId, UUID id) {
        return jdbc.sql("select filename, content_type, content from evidence where id = ? and system_id = ? and content is not null")
                .params(id, systemId).query((rs, n) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> ProblemException.notFound("evidence-unknown"));
    }

    private static boolean startsWith(byte[] content, String magic) {
        if (content.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((content[i] & 0xff) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String safeName(String name) {
        String base = name == null ? "evidence" : name.replaceAll("[\\\\/\\r\\n\"]", "_");
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
