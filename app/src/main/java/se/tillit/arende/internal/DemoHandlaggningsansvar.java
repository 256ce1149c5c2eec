package se.tillit.arende.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.tillit.arende.Arendetyp;

/** Demo profile: which demo unit handles which case type, before the demo cases are registered. */
@Component
@Order(2)
@ConditionalOnProperty(name = "tillit.demo.enabled", havingValue = "true")
@RequiredArgsConstructor
class DemoHandlaggningsansvar implements ApplicationRunner {

    static final Map<String, Set<Arendetyp>> ANSVAR = Map.of(
            "BOU", EnumSet.of(Arendetyp.BARN_OCH_UNGA),
            "VUX", EnumSet.of(Arendetyp.VUXEN),
            "EKB", EnumSet.of(Arendetyp.EKONOMISKT_BISTAND),
            "LSS", EnumSet.of(Arendetyp.LSS, Arendetyp.SOL_FUNKTIONSNEDSATTNING),
            "ALDRE", EnumSet.of(Arendetyp.SOL_ALDRE));

    private final Handlaggningsansvar ansvar;

    @Override
    public void run(ApplicationArguments args) {
        ANSVAR.forEach((enhet, typer) -> ansvar.lagg(enhet, typer, "system:demo"));
    }
}
