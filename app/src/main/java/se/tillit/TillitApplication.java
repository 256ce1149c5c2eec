package se.tillit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Tillit: case management for the social services of a Swedish municipality, on the Camunda 7 engine.
 * Each direct sub-package is an application module (Spring Modulith); see docs/architecture.md.
 */
@SpringBootApplication
public class TillitApplication {

    public static void main(String[] args) {
        SpringApplication.run(TillitApplication.class, args);
    }
}
