package se.tillit.sakerhet.internal;

import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.tillit.sakerhet.Enhet;
import se.tillit.sakerhet.Enhetsregister;

@Service("enhetsregister")
@RequiredArgsConstructor
class JdbcEnhetsregister implements Enhetsregister {

    private final AnvandarRepository repository;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Override
    public java.util.Map<String, String> epost(java.util.Collection<String> anvandarnamn) {
        java.util.Map<String, String> adresser = new java.util.LinkedHashMap<>();
        if (anvandarnamn.isEmpty()) {
            return adresser;
        }
        jdbc.sql(
                        "select anvandarnamn, epost from anvandare where anvandarnamn in (:namn) and aktiv and epost is not null")
                .param("namn", anvandarnamn)
                .query((rs, n) -> adresser.put(rs.getString("anvandarnamn"), rs.getString("epost")))
                .list();
        return adresser;
    }

    @Override
    public java.util.Map<String, String> medRoll(String enhet, se.tillit.sakerhet.Roll roll) {
        java.util.Map<String, String> konton = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select a.anvandarnamn, a.namn from anvandare a join anvandare_roll r on r.anvandarnamn = a.anvandarnamn
                         where r.enhet_kod = :enhet and r.roll = :roll and a.aktiv order by a.namn""")
                .param("enhet", enhet)
                .param("roll", roll.name())
                .query((rs, n) -> konton.put(rs.getString("anvandarnamn"), rs.getString("namn")))
                .list();
        return konton;
    }

    @Override
    public java.util.List<Enhet> aktiva() {
        return jdbc.sql("select kod, namn, typ from enhet where aktiv order by namn")
                .query((rs, n) -> new Enhet(
                        rs.getString("kod"), rs.getString("namn"), Enhet.Enhetstyp.valueOf(rs.getString("typ"))))
                .list();
    }

    @Override
    public java.util.List<Enhet> alla() {
        return jdbc.sql("select kod, namn, typ from enhet order by namn")
                .query((rs, n) -> new Enhet(
                        rs.getString("kod"), rs.getString("namn"), Enhet.Enhetstyp.valueOf(rs.getString("typ"))))
                .list();
    }

    /** Unit names change seldom and only by an administrator: a list page asks once per row, so they are kept 30 s. */
    private static final long NAMN_GILTIGA_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);

    private volatile java.util.Map<String, String> namn = java.util.Map.of();
    private volatile long namnHamtade;

    /** A unit was created or renamed: the next name asked for reads the names again. */
    void glomNamnen() {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            namn = java.util.Map.of();
                        }
                    });
        } else {
            namn = java.util.Map.of();
        }
    }

    @Override
    public String namn(String kod) {
        if (kod == null) {
            return null;
        }
        java.util.Map<String, String> aktuella = namn;
        if (aktuella.isEmpty() || System.nanoTime() - namnHamtade > NAMN_GILTIGA_NANOS) {
            aktuella = alla().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Enhet::kod, Enhet::namn));
            namn = aktuella;
            namnHamtade = System.nanoTime();
        }
        if (!aktuella.containsKey(kod)) {
            // a unit created since the names were read; a code of no unit costs this one query each time
            return hitta(kod).map(Enhet::namn).orElse(kod);
        }
        return aktuella.getOrDefault(kod, kod);
    }

    @Override
    public Optional<Enhet> hitta(String kod) {
        if (kod == null || kod.isBlank()) {
            return Optional.empty();
        }
        return repository.enheter(Set.of(kod)).stream().findFirst();
    }
}
