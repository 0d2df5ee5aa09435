package kz.senim;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SenimApplication {

    public static void main(String[] args) {
        SpringApplication.run(SenimApplication.class, args);
    }
}
