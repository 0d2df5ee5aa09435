package kz.senim.gateway;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import kz.senim.support.SenimIntegrationTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** The whole application with the misbehaving test detector and short gateway timeouts; one shared context. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SenimIntegrationTest
@Import(GatewayTestDetectors.class)
@TestPropertySource(properties = {"senim.gateway.scan-timeout=1s", "senim.gateway.upstream-timeout=1s"})
public @interface GatewayIntegrationTest {
}
