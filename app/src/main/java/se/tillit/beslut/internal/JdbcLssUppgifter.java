package se.tillit.beslut.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tillit.beslut.Beslut;
import se.tillit.beslut.Insats;
import se.tillit.beslut.Lagrum;
import se.tillit.beslut.LssUppgift;
import se.tillit.beslut.LssUppgifter;
import se.tillit.fel.HittadesInte;
import se.tillit.fel.Valideringsfel;

/** The LSS register's data per decision in {@code beslut_lss_uppgift} (V56): every recording kept, the latest counts. */
@Service
@RequiredArgsConstructor
class JdbcLssUppgifter implements LssUppgifter {

    private final JdbcClient jdbc;
    private final BeslutTjanst beslut;
    private final Clock clock;

    @Override
    public Optional<LssUppgift> senaste(UUID beslutId) {
        return Optional.ofNullable(senaste(List.of(beslutId)).get(beslutId));
    }

    @Override
    public Map<UUID, LssUppgift> senaste(Collection<UUID> beslutIds) {
        Map<UUID, LssUppgift> senaste = new HashMap<>();
        if (beslutIds.isEmpty()) {
            return senaste;
        }
        jdbc.sql("""
                        select distinct on (beslut_id) beslut_id, personkrets, boendeform, boendekommun, registrerad, registrerad_av
                          from beslut_lss_uppgift where beslut_id in (:ids) order by beslut_id, id desc""").param("ids", beslutIds).query(rs -> {
            String form = rs.getString("boendeform");
            UUID id = rs.getObject("beslut_id", UUID.class);
            senaste.put(
                    id,
                    new LssUppgift(
                            id,
                            rs.getInt("personkrets"),
                            form == null ? null : LssUppgift.Boendeform.valueOf(form),
                            rs.getString("boendekommun"),
                            rs.getObject("registrerad", OffsetDateTime.class),
                            rs.getString("registrerad_av")));
        });
        return senaste;
    }

    @Override
    @Transactional
    public LssUppgift registrera(
            UUID beslutId, int personkrets, LssUppgift.Boendeform boendeform, String boendekommun, String av) {
        Beslut fattat = beslut.hitta(beslutId).orElseThrow(() -> new HittadesInte("fel.beslutetFinnsInte"));
        List<Valideringsfel.Faltfel> fel = new ArrayList<>();
        Insats insats = Insats.hitta(fattat.insatstyp()).orElse(null);
        if (insats == null
                || fattat.lagrum().lag() != Lagrum.Lag.LSS
                || !fattat.utfall().gynnande()) {
            throw new Valideringsfel("personkrets", "lssUppgift.fel.inteLss");
        }
        if (personkrets < 1 || personkrets > 3) {
            fel.add(new Valideringsfel.Faltfel("personkrets", "lssUppgift.fel.personkrets"));
        }
        Set<LssUppgift.Boendeform> tillatna = LssUppgift.Boendeform.tillatnaFor(insats);
        if (tillatna.isEmpty() && boendeform != null) {
            fel.add(new Valideringsfel.Faltfel("boendeform", "lssUppgift.fel.inteBoende"));
        } else if (!tillatna.isEmpty() && (boendeform == null || !tillatna.contains(boendeform))) {
            fel.add(new Valideringsfel.Faltfel("boendeform", "lssUppgift.fel.boendeform"));
        }
        String kommun = boendekommun == null || boendekommun.isBlank() ? null : boendekommun.strip();
        if (kommun != null && !kommun.matches("[0-9]{4}")) {
            fel.add(new Valideringsfel.Faltfel("boendekommun", "lssUppgift.fel.kommunkod"));
        } else if (kommun != null && tillatna.isEmpty()) {
            fel.add(new Valideringsfel.Faltfel("boendekommun", "lssUppgift.fel.kommunUtanBoende"));
        }
        if (!fel.isEmpty()) {
            throw new Valideringsfel(fel);
        }
        OffsetDateTime nu = OffsetDateTime.now(clock);
        jdbc.sql("""
                        insert into beslut_lss_uppgift (beslut_id, personkrets, boendeform, boendekommun, registrerad, registrerad_av)
                        values (:beslut, :krets, :form, :kommun, :nu, :av)""")
                .param("beslut", beslutId)
                .param("krets", personkrets)
                .param("form", boendeform == null ? null : boendeform.name())
                .param("kommun", kommun)
                .param("nu", nu)
                .param("av", av)
                .update();
        return new LssUppgift(beslutId, personkrets, boendeform, kommun, nu, av);
    }
}
