package kz.senim.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background work (ledger integration, reminders) runs unless switched off, e.g. for a read-only replica. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "senim.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfig {
}
