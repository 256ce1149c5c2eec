package se.tillit.oversikt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.ui.ExtendedModelMap;
import se.tillit.sakerhet.AktuellAnvandare;
import se.tillit.sakerhet.Enhet;
import se.tillit.sakerhet.Enhetsregister;
import se.tillit.sakerhet.InloggadAnvandare;
import se.tillit.sakerhet.Roll;

/**
 * The start page links an ADMIN to Cockpit only where the webapps are switched on (docs/adr/0019); the Spring tests run
 * with them on ({@code LoginTest}), this one sees the page's model with them off and on.
 */
class StartSidaMotorwebbarTest {

    static final InloggadAnvandare ADMIN = new InloggadAnvandare("admin", "Admin", Map.of("BOU", Set.of(Roll.ADMIN)));

    @Test
    void theCockpitLinkFollowsTheWebappsSwitch() {
        assertThat(model(false).get("motorwebbar")).isEqualTo(false);
        assertThat(model(true).get("motorwebbar")).isEqualTo(true);
    }

    @Test
    void theTemplateShowsCockpitOnlyUnderTheFlagAndNeitherCamundaAdminNorTasklist() throws IOException {
        String mall = new ClassPathResource("templates/start.html").getContentAsString(StandardCharsets.UTF_8);

        assertThat(mall)
                .contains(
                        "<li th:if=\"${motorwebbar}\"><a class=\"ds-link\" th:href=\"@{/camunda/app/cockpit/default/}\"")
                .doesNotContain("/camunda/app/admin/")
                .doesNotContain("/camunda/app/tasklist/");
    }

    private static ExtendedModelMap model(boolean motorwebbar) {
        AktuellAnvandare aktuell = new AktuellAnvandare() {
            @Override
            public Optional<InloggadAnvandare> hamta() {
                return Optional.of(ADMIN);
            }
        };
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(new StartSida(aktuell, new EttEnhetsregister(), null, null, motorwebbar, null, null).start(model))
                .isEqualTo("start");
        return model;
    }

    private static final class EttEnhetsregister implements Enhetsregister {
        @Override
        public Optional<Enhet> hitta(String kod) {
            return Optional.empty();
        }

        @Override
        public String namn(String kod) {
            return kod;
        }

        @Override
        public List<Enhet> alla() {
            return List.of();
        }

        @Override
        public List<Enhet> aktiva() {
            return List.of();
        }

        @Override
        public Map<String, String> medRoll(String enhet, Roll roll) {
            return Map.of();
        }

        @Override
        public Map<String, String> epost(Collection<String> anvandarnamn) {
            return Map.of();
        }
    }
}
