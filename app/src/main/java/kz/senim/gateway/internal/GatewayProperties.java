package kz.senim.gateway.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param scanTimeout     longest a leak-guard scan may take; past it nothing is forwarded (fail closed)
 * @param connectTimeout  connecting to an upstream
 * @param upstreamTimeout longest wait for the next bytes of an upstream, before its headers or mid-stream (504 after)
 * @param keysDir         where the hash key and the upstream-secrets key are kept
 * @param streamHoldback  chars of a streamed answer held back so that a value or placeholder split across
 *                        chunks is handled whole
 * @param auditFlushEvery how often queued audit records are written
 * @param auditQueue      audit records queued at most; a full queue makes calls wait, never drops a record
 * @param configCacheFor  how long an organization's configuration is reused before it is read again
 */
@ConfigurationProperties("senim.gateway")
record GatewayProperties(@DefaultValue("2s") Duration scanTimeout,
                         @DefaultValue("5s") Duration connectTimeout,
                         @DefaultValue("120s") Duration upstreamTimeout,
                         Path keysDir,
                         @DefaultValue("64") int streamHoldback,
                         @DefaultValue("200ms") Duration auditFlushEvery,
                         @DefaultValue("20000") int auditQueue,
                         @DefaultValue("30s") Duration configCacheFor) {
}
