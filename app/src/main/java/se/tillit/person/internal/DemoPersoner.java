package se.tillit.person.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.tillit.person.Personnummer;
import se.tillit.person.Personregister;
import se.tillit.person.Personregister.NyPerson;
import se.tillit.person.Skyddsniva;

/**
 * Synthetic persons for the demo profile. The numbers are valid in form but made up: birth numbers in the
 * 980–999 series that Skatteverket keeps for test numbers, and its well-known test number 19121212-1212.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "tillit.demo.enabled", havingValue = "true")
class DemoPersoner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPersoner.class);

    static final List<NyPerson> PERSONER = List.of(
            ny("20150312-9825", "Alva", "Testsson", Skyddsniva.INGEN),
            ny("20110907-9846", "Elsa", "Provsson", Skyddsniva.SKYDDAD_FOLKBOKFORING),
            ny("19780214-9810", "Johan", "Exempelsson", Skyddsniva.INGEN),
            ny("19620830-9838", "Karl", "Demosson", Skyddsniva.INGEN),
            ny("19350105-9863", "Greta", "Fiktiv", Skyddsniva.INGEN),
            ny("19901271-9804", "Sara", "Samordning", Skyddsniva.INGEN),
            ny("19121212-1212", "Tolvan", "Tolvansson", Skyddsniva.SEKRETESSMARKERING));

    private final Personregister register;

    DemoPersoner(Personregister register) {
        this.register = register;
    }

    @Override
    public void run(ApplicationArguments args) {
        PERSONER.forEach(person -> register.registrera(person, "system:demo"));
        log.info("Demo profile: {} persons in the register", register.antal());
    }

    private static NyPerson ny(String personnummer, String fornamn, String efternamn, Skyddsniva skyddsniva) {
        return new NyPerson(Personnummer.tolka(personnummer), fornamn, efternamn, skyddsniva);
    }
}
