package se.tillit.revision.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import se.tillit.drift.Svensktid;
import se.tillit.revision.Loggkedja;

/**
 * Seals and checks the access log's chain through the database's own functions (V49), so that the hash of a row is
 * computed in one place whoever wrote it. Sealing is serialised in the database (an advisory lock), so two nodes may
 * both run the job.
 */
@Service
@RequiredArgsConstructor
class JdbcLoggkedja implements Loggkedja {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcLoggkedja.class);
    /** Rows sealed per transaction: a burst of reads is sealed in steps, never in one long lock. */
    private static final int PER_FORSEGLING = 5_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    @Override
    public int forsegla() {
        return jdbc.sql("select atkomstlogg_forsegla(:hogst)")
                .param("hogst", PER_FORSEGLING)
                .query(Integer.class)
                .single();
    }

    @Scheduled(
            fixedDelayString = "${tillit.atkomstlogg.forsegling-intervall:PT5S}",
            initialDelayString = "${tillit.atkomstlogg.forsegling-intervall:PT5S}")
    void forseglaNya() {
        while (forsegla() == PER_FORSEGLING) {
            // more were waiting: go on at once
        }
    }

    @Override
    public Kontroll kontrollera() {
        OffsetDateTime nu = OffsetDateTime.now(clock);
        Kontroll kontroll = jdbc.sql("select * from atkomstlogg_verifiera()")
                .query((rs, n) -> {
                    byte[] sista = rs.getBytes("sista_hash");
                    return new Kontroll(
                            Optional.ofNullable(rs.getObject("brutet_id", Long.class)),
                            Optional.ofNullable(rs.getObject("brutet_position", Long.class)),
                            rs.getLong("granskade"),
                            sista == null ? "" : HexFormat.of().formatHex(sista),
                            svensk(rs.getObject("sista_tidpunkt", OffsetDateTime.class)),
                            0,
                            nu);
                })
                .single();
        long oforseglade = jdbc.sql("select count(*) from atkomstlogg where kedjeposition is null")
                .query(Long.class)
                .single();
        return new Kontroll(
                kontroll.brutetId(),
                kontroll.brutenPosition(),
                kontroll.granskade(),
                kontroll.sistaHash(),
                kontroll.sistaTidpunkt(),
                oforseglade,
                nu);
    }

    private OffsetDateTime svensk(OffsetDateTime tid) {
        return tid == null ? null : tid.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
    }

    /**
     * Every night: the chain checked, and its last hash written to the application's log, which is shipped out of the
     * database's reach (docs/operations.md): a later rewrite of the whole chain no longer ends in that hash.
     */
    @Scheduled(cron = "${tillit.atkomstlogg.kontroll-cron:0 15 2 * * *}", zone = Svensktid.NAMN)
    void nattligKontroll() {
        forseglaNya();
        Kontroll kontroll = kontrollera();
        if (kontroll.hel()) {
            LOG.info(
                    "Access log chain whole: {} rows, last chain hash {} (row written {})",
                    kontroll.granskade(),
                    kontroll.sistaHash(),
                    kontroll.sistaTidpunkt());
        } else {
            LOG.error(
                    "Access log chain BROKEN at row id {} (position {}); {} rows held, last chain hash that held {}",
                    kontroll.brutetId().get(),
                    kontroll.brutenPosition().get(),
                    kontroll.granskade(),
                    kontroll.sistaHash());
        }
    }
}
