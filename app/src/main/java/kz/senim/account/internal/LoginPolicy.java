package kz.senim.account.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How many failed sign-ins lock an account, and for how long. */
@ConfigurationProperties("senim.login")
record LoginPolicy(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockFor) {
}
