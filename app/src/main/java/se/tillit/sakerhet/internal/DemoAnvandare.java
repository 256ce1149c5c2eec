package se.tillit.sakerhet.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.tillit.sakerhet.Enhet;
import se.tillit.sakerhet.Enhet.Enhetstyp;
import se.tillit.sakerhet.Roll;

/**
 * Synthetic units and users for the demo profile only (tillit.demo.enabled). Their password is published
 * in the README, so this never runs in production. Idempotent: existing rows are left as they are.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "tillit.demo.enabled", havingValue = "true")
@RequiredArgsConstructor
class DemoAnvandare implements ApplicationRunner {

    static final String DEMO_LOSENORD = "tillit-demo-2026";
    private static final String SKAPAD_AV = "system:demo";
    private static final Logger log = LoggerFactory.getLogger(DemoAnvandare.class);

    static final List<Enhet> ENHETER = List.of(
            new Enhet("SOCFORV", "Socialförvaltningen", Enhetstyp.FORVALTNING),
            new Enhet("NAMND", "Socialnämnden", Enhetstyp.NAMND),
            new Enhet("BOU", "Barn och unga", Enhetstyp.MYNDIGHET),
            new Enhet("VUX", "Vuxen och missbruk", Enhetstyp.MYNDIGHET),
            new Enhet("EKB", "Ekonomiskt bistånd", Enhetstyp.MYNDIGHET),
            new Enhet("LSS", "LSS och funktionsnedsättning", Enhetstyp.MYNDIGHET),
            new Enhet("ALDRE", "Äldreomsorg, myndighet", Enhetstyp.MYNDIGHET),
            new Enhet("UTF-SOLROSEN", "Solrosens omsorg (utförare)", Enhetstyp.UTFORARE));

    private final Anvandarkonton konton;

    @Override
    public void run(ApplicationArguments args) {
        ENHETER.forEach(enhet -> konton.skapaEnhetOmSaknas(enhet, SKAPAD_AV));
        int skapade = 0;
        for (NyttKonto konto : konton()) {
            if (konton.skapaOmSaknas(konto, DEMO_LOSENORD, SKAPAD_AV)) {
                skapade++;
            }
        }
        konton.tillatSkyddadeUppgifter("chef.bou");
        log.info("Demo profile: {} demo accounts created, {} already present", skapade, konton().size() - skapade);
    }

    static List<NyttKonto> konton() {
        return List.of(
                person("handlaggare.bou", "Hanna Berg (demo)", Map.of("BOU", EnumSet.of(Roll.HANDLAGGARE))),
                person(
                        "handlaggare.lss",
                        "Leo Lind (demo)",
                        roller("LSS", EnumSet.of(Roll.HANDLAGGARE), "VUX", EnumSet.of(Roll.HANDLAGGARE))),
                person("chef.bou", "Cecilia Ek (demo)", Map.of("BOU", EnumSet.of(Roll.CHEF))),
                person(
                        "chef.lss",
                        "Carl Ask (demo)",
                        roller("LSS", EnumSet.of(Roll.CHEF), "VUX", EnumSet.of(Roll.CHEF))),
                person("revisor", "Rut Holm (demo)", Map.of("NAMND", EnumSet.of(Roll.REVISOR))),
                person("utforare", "Ulf Sand (demo)", Map.of("UTF-SOLROSEN", EnumSet.of(Roll.UTFORARE))),
                person("admin", "Ada Adminsson (demo)", Map.of("SOCFORV", EnumSet.of(Roll.ADMIN))),
                // a second administrator: a gallring run is approved by one and confirmed by another (ADR 23)
                person("admin2", "Bo Bergqvist (demo)", Map.of("SOCFORV", EnumSet.of(Roll.ADMIN))),
                // the committee's lex Sarah-ansvarig: the reports of every unit (ADR 11)
                person("lexsarah", "Lisa Sarasson (demo)", Map.of("NAMND", EnumSet.of(Roll.LEXSARAH_ANSVARIG))),
                new NyttKonto(
                        "integration",
                        "Integrationskonto (demo)",
                        null,
                        true,
                        Map.of("SOCFORV", EnumSet.of(Roll.INTEGRATION))),
                new NyttKonto(
                        "region",
                        "Regionens utskrivnings- och SIP-system (demo)",
                        null,
                        true,
                        Map.of("SOCFORV", EnumSet.of(Roll.REGION))),
                // the monitoring system's scraper: /actuator/prometheus and nothing else (issue 16)
                new NyttKonto(
                        "monitorering",
                        "Övervakningens insamlare (demo)",
                        null,
                        true,
                        Map.of("SOCFORV", EnumSet.of(Roll.MONITORING))),
                // the municipality's user provisioning: accounts and units through /api/admin/konton and /enheter
                new NyttKonto(
                        "provisionering",
                        "Kommunens användaradministration (demo)",
                        null,
                        true,
                        Map.of("SOCFORV", EnumSet.of(Roll.PROVISIONERING))));
    }

    private static NyttKonto person(String anvandarnamn, String namn, Map<String, Set<Roll>> roller) {
        return new NyttKonto(anvandarnamn, namn, anvandarnamn + "@demo.tillit.invalid", false, roller);
    }

    private static Map<String, Set<Roll>> roller(String enhet1, Set<Roll> roller1, String enhet2, Set<Roll> roller2) {
        Map<String, Set<Roll>> roller = new LinkedHashMap<>();
        roller.put(enhet1, roller1);
        roller.put(enhet2, roller2);
        return roller;
    }
}
