package kz.senim.ledger.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import kz.senim.platform.ProblemException;
import kz.senim.tlog.BundleId;
import kz.senim.tlog.EntryBundles;
import kz.senim.tlog.TileId;
import kz.senim.tlog.TilePath;
import kz.senim.tlog.TlogException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The log as third-party tools read it (C2SP tlog-checkpoint and tlog-tiles): the latest signed checkpoint,
 * the verifier key, hash tiles and entry bundles. Public, no sign-in.
 */
@RestController
@RequestMapping("/ledger")
@Tag(name = "Decision ledger (public log)")
class LogEndpoints {

    private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

    private final LedgerReader reader;
    private final TileStore tiles;
    private final LedgerKeys keys;
    private final JdbcClient jdbc;

    LogEndpoints(LedgerReader reader, TileStore tiles, LedgerKeys keys, JdbcClient jdbc) {
        this.reader = reader;
        this.tiles = tiles;
        this.keys = keys;
        this.jdbc = jdbc;
    }

    @Operation(summary = "The latest signed checkpoint (C2SP signed note)")
    @GetMapping("/checkpoint")
    ResponseEntity<String> checkpoint() {
        var cp = reader.latestCheckpoint().orElseThrow(() -> ProblemException.notFound("ledger-no-checkpoint"));
        return ResponseEntity.ok().contentType(TEXT).cacheControl(CacheControl.noCache()).body(cp.note());
    }

    @Operation(summary = "The checkpoint verifier key, in signed-note name+hash+base64 form")
    @GetMapping("/key")
    ResponseEntity<String> key() {
        return ResponseEntity.ok().contentType(TEXT).body(keys.verifierKey() + "\n");
    }

    @Operation(summary = "A hash tile or an entry bundle, as in C2SP tlog-tiles: tile/<L>/<N>[.p/<W>] or tile/entries/<N>[.p/<W>]")
    @GetMapping("/tile/**")
    ResponseEntity<byte[]> tile(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/ledger/".length());
        TilePath parsed;
        try {
            parsed = TilePath.parse(path);
        } catch (TlogException e) {
            throw ProblemException.badRequest("ledger-tile-path", path);
        }
        long size = reader.latestCheckpoint().map(LedgerReader.Signed::size).orElse(0L);
        byte[] body = switch (parsed) {
            case TileId tile -> tile.existsAt(size) ? tiles.read(tile).orElse(null) : null;
            case BundleId bundle -> bundle.existsAt(size) ? bundle(bundle) : null;
        };
        if (body == null) {
            throw ProblemException.notFound("ledger-tile-missing", path);
        }
        boolean full = switch (parsed) {
            case TileId t -> t.width() == 256;
            case BundleId b -> b.width() == 256;
        };
        CacheControl cache = full ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable() : CacheControl.noCache();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM).cacheControl(cache).body(body);
    }

    private byte[] bundle(BundleId bundle) {
        List<byte[]> leaves = jdbc.sql("select leaf from ledger_entry where idx >= ? and idx < ? order by idx")
                .params(bundle.firstEntry(), bundle.firstEntry() + bundle.width())
                .query((rs, n) -> rs.getBytes(1)).list();
        return EntryBundles.encode(leaves);
    }
}
