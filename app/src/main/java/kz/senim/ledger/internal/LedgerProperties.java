package kz.senim.ledger.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param origin          the log's name, first line of every checkpoint (C2SP tlog-checkpoint)
 * @param checkpointEvery how often new entries are integrated and a checkpoint is signed
 * @param maxBatch        most entries sequenced in one transaction
 * @param maxRecordBytes  largest canonical record accepted
 * @param keysDir         where the signing key and the payload and subject secrets are kept
 */
@ConfigurationProperties("senim.ledger")
record LedgerProperties(@DefaultValue("senim.kz/ledger") String origin,
                        @DefaultValue("1s") Duration checkpointEvery,
                        @DefaultValue("2000") int maxBatch,
                        @DefaultValue("60000") int maxRecordBytes,
                        Path keysDir) {
}
