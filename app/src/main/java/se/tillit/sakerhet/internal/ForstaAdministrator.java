package se.tillit.sakerhet.internal;

import java.util.EnumSet;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import se.tillit.sakerhet.Enhet;
import se.tillit.sakerhet.Enhet.Enhetstyp;
import se.tillit.sakerhet.Roll;

/**
 * The first system administrator of a new installation, from TILLIT_INITIAL_ADMIN_USERNAME and
 * TILLIT_INITIAL_ADMIN_PASSWORD. It is created only while no account holds the ADMIN role, so the
 * variables can stay set without effect afterwards; remove them once the administrator has logged in.
 */
@Component
@Order(0)
class ForstaAdministrator implements ApplicationRunner {

    static final String ENHET = "SOCFORV";
    private static final Logger log = LoggerFactory.getLogger(ForstaAdministrator.class);

    private final Anvandarkonton konton;
    private final JdbcClient jdbc;
    private final String anvandarnamn;
    private final String losenord;

    ForstaAdministrator(
            Anvandarkonton konton,
            JdbcClient jdbc,
            @Value("${tillit.initial-admin.username:}") String anvandarnamn,
            @Value("${tillit.initial-admin.password:}") String losenord) {
        this.konton = konton;
        this.jdbc = jdbc;
        this.anvandarnamn = anvandarnamn;
        this.losenord = losenord;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(anvandarnamn) || finnsAdministrator()) {
            return;
        }
        if (!StringUtils.hasText(losenord)) {
            throw new IllegalStateException("TILLIT_INITIAL_ADMIN_USERNAME is set but TILLIT_INITIAL_ADMIN_PASSWORD "
                    + "is not: set both to create the first administrator");
        }
        konton.skapaEnhetOmSaknas(
                new Enhet(ENHET, "Socialförvaltningen", Enhetstyp.FORVALTNING), "system:initial-admin");
        konton.skapaOmSaknas(
                new NyttKonto(anvandarnamn, "Systemförvaltare", null, false, Map.of(ENHET, EnumSet.of(Roll.ADMIN))),
                losenord,
                "system:initial-admin");
        if (!finnsAdministrator()) {
            throw new IllegalStateException("The account " + anvandarnamn + " already exists without the ADMIN role; "
                    + "choose another TILLIT_INITIAL_ADMIN_USERNAME");
        }
        log.info("Created the first administrator '{}' in unit {}", anvandarnamn, ENHET);
    }

    private boolean finnsAdministrator() {
        return jdbc.sql("select count(*) from anvandare_roll where roll = 'ADMIN'")
                        .query(Long.class)
                        .single()
                > 0;
    }
}
