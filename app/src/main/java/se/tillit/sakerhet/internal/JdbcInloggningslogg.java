package se.tillit.sakerhet.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.sakerhet.Inloggningslogg;

/** The login log (V37): written here only, read by the auditor and by the lockout ({@link Inloggningssparr}). */
@Repository
@RequiredArgsConstructor
class JdbcInloggningslogg implements Inloggningslogg {

    static final int MAX_NAMN = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    /** A user name as the log and the lockout count it: trimmed, lower-cased (as the login looks it up), cut. */
    static String namn(String typat) {
        String namn = typat == null ? "" : typat.strip().toLowerCase(Locale.ROOT);
        return namn.length() <= MAX_NAMN ? namn : namn.substring(0, MAX_NAMN);
    }

    /** Its own transaction: a failed login's row stays, whatever the request does after it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void skriv(String anvandarnamn, Handelse handelse, Metod metod, Orsak orsak, String kallip) {
        jdbc.sql("""
                        insert into inloggningslogg (tidpunkt, anvandarnamn, handelse, metod, orsak, kallip)
                        values (:tidpunkt, :anvandarnamn, :handelse, :metod, :orsak, :kallip)""")
                .param("tidpunkt", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("anvandarnamn", namn(anvandarnamn))
                .param("handelse", handelse.name())
                .param("metod", metod.name())
                .param("orsak", orsak == null ? null : orsak.name())
                .param("kallip", kallip == null || kallip.length() <= 64 ? kallip : kallip.substring(0, 64))
                .update();
    }

    Instant nu() {
        return clock.instant();
    }

    /** The last row of the event (and reason, when given) for the user name since the instant, if any. */
    Optional<Instant> senaste(String anvandarnamn, Handelse handelse, Orsak orsak, Instant sedan) {
        return jdbc.sql("""
                        select max(tidpunkt) from inloggningslogg
                         where anvandarnamn = :anvandarnamn and handelse = :handelse and tidpunkt > :sedan
                           and (cast(:orsak as varchar) is null or orsak = :orsak)""")
                .param("anvandarnamn", namn(anvandarnamn))
                .param("handelse", handelse.name())
                .param("orsak", orsak == null ? null : orsak.name())
                .param("sedan", OffsetDateTime.ofInstant(sedan, ZoneOffset.UTC))
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant);
    }

    /** The last lockout of the source address since the instant, if any. */
    Optional<Instant> senasteAdresssparr(String kallip, Instant sedan) {
        return jdbc.sql("""
                        select max(tidpunkt) from inloggningslogg
                         where kallip = :kallip and handelse = 'SPARRAD' and orsak = 'ADRESS' and tidpunkt > :sedan""")
                .param("kallip", kallip)
                .param("sedan", OffsetDateTime.ofInstant(sedan, ZoneOffset.UTC))
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant);
    }

    /** Failed logins (wrong name or password) of the user name after the instant. */
    long misslyckade(String anvandarnamn, Instant efter) {
        return jdbc.sql("""
                        select count(*) from inloggningslogg
                         where anvandarnamn = :anvandarnamn and handelse = 'MISSLYCKAD' and orsak = 'FEL_UPPGIFTER'
                           and tidpunkt > :efter""")
                .param("anvandarnamn", namn(anvandarnamn))
                .param("efter", OffsetDateTime.ofInstant(efter, ZoneOffset.UTC))
                .query(Long.class)
                .single();
    }

    /** Failed logins (wrong name or password) from the source address after the instant. */
    long misslyckadeFranAdress(String kallip, Instant efter) {
        return jdbc.sql("""
                        select count(*) from inloggningslogg
                         where kallip = :kallip and handelse = 'MISSLYCKAD' and orsak = 'FEL_UPPGIFTER' and tidpunkt > :efter""")
                .param("kallip", kallip)
                .param("efter", OffsetDateTime.ofInstant(efter, ZoneOffset.UTC))
                .query(Long.class)
                .single();
    }

    @Override
    public List<Rad> lista(String anvandarnamn, Handelse handelse, OffsetDateTime fran, OffsetDateTime till, int max) {
        return jdbc.sql("""
                        select tidpunkt, anvandarnamn, handelse, metod, orsak, kallip from inloggningslogg
                         where (cast(:anvandarnamn as varchar) is null or anvandarnamn = :anvandarnamn)
                           and (cast(:handelse as varchar) is null or handelse = :handelse)
                           and (cast(:fran as timestamptz) is null or tidpunkt >= :fran)
                           and (cast(:till as timestamptz) is null or tidpunkt < :till)
                         order by tidpunkt desc, id desc
                         limit :max""")
                .param("anvandarnamn", anvandarnamn == null ? null : namn(anvandarnamn))
                .param("handelse", handelse == null ? null : handelse.name())
                .param("fran", fran)
                .param("till", till)
                .param("max", max)
                .query((rs, rowNum) -> new Rad(
                        rs.getObject("tidpunkt", OffsetDateTime.class),
                        rs.getString("anvandarnamn"),
                        Handelse.valueOf(rs.getString("handelse")),
                        Metod.valueOf(rs.getString("metod")),
                        rs.getString("orsak") == null ? null : Orsak.valueOf(rs.getString("orsak")),
                        rs.getString("kallip")))
                .list();
    }
}
