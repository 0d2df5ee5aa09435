package kz.senim.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port with its own embedded PostgreSQL (a fresh data directory under
 * target/), demo data included. Tests sharing these settings share one running application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "senim.data-dir=target/it-data/${random.uuid}",
        "senim.demo.enabled=true",
        "logging.structured.format.console=",
        "senim.login.max-failures=5"
})
public @interface SenimIntegrationTest {
}
