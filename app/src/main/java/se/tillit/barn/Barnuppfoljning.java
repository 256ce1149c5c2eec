package se.tillit.barn;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child's follow-up after an investigation ended without insats or a placement ended (23 kap. 1–5 §§), to be ended
 * at the latest six months after {@code start}.
 *
 * @param skyldighet after care under LVU: the follow-up must be made (prop. 2021/22:178)
 */
public record Barnuppfoljning(
        UUID id,
        UUID arendeId,
        Uppfoljningsgrund grund,
        UUID placeringId,
        boolean skyldighet,
        LocalDate start,
        LocalDate avslutad,
        Uppfoljningsutfall utfall,
        String motivering,
        String avslutadAv) {

    public LocalDate frist() {
        return start.plusMonths(6);
    }

    public boolean pagar() {
        return avslutad == null;
    }
}
