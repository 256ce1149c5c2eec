package se.tillit.person.internal;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.tillit.person.Person;
import se.tillit.person.Personnummer;
import se.tillit.person.Personregister;
import se.tillit.person.Personregister.NyPerson;
import se.tillit.person.Postadress;
import se.tillit.person.Skyddsniva;

/**
 * Synthetic persons for the demo profile. The numbers are valid in form but made up: birth numbers in the
 * 980–999 series that Skatteverket keeps for test numbers, and its well-known test number 19121212-1212.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "tillit.demo.enabled", havingValue = "true")
@RequiredArgsConstructor
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

    /**
     * Their postal addresses, in the order of {@link #PERSONER}: invented streets in an invented town, postnummer in the
     * 999 series that no post office uses.
     */
    static final List<Postadress> ADRESSER = List.of(
            new Postadress(null, "Provvägen 3", "99901", "Tillköping"),
            new Postadress("Familjen Provsson", "Påhittade gatan 12 B", "99902", "Tillköping"),
            new Postadress(null, "Exempelgatan 14 lgh 1102", "99903", "Tillköping"),
            new Postadress(null, "Demostigen 7", "99904", "Exempelby"),
            new Postadress(null, "Fiktivgränd 2", "99905", "Exempelby"),
            new Postadress("Stödboendet Linden", "Lindallén 40", "99906", "Tillköping"),
            new Postadress(null, "Tolvansgatan 12", "99912", "Tillköping"));

    private final Personregister register;
    private final JdbcPersonuppgifter uppgifter;

    @Override
    public void run(ApplicationArguments args) {
        for (int i = 0; i < PERSONER.size(); i++) {
            Person person = register.registrera(PERSONER.get(i), "system:demo");
            uppgifter.demoadress(person.id(), ADRESSER.get(i), "system:demo");
        }
        log.info("Demo profile: {} persons in the register", register.antal());
    }

    private static NyPerson ny(String personnummer, String fornamn, String efternamn, Skyddsniva skyddsniva) {
        return new NyPerson(Personnummer.tolka(personnummer), fornamn, efternamn, skyddsniva);
    }
}
