package se.tillit.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tillit.TillitSpringTest;

/**
 * R20's denominator at a city's size: Försenat asks, for every person with a municipal insats, whether the region
 * reported insatser and whether a SIP exists. The Stockholm load test's 96 000 persons made the page answer 500 when
 * the persons went as one bind parameter each (PostgreSQL's protocol stops at 65 535).
 */
@TillitSpringTest
class SipRepositoryStorlekTest {

    @Autowired
    SipRepository sipar;

    @Test
    void seventyThousandPersonsAreOneQuery() {
        List<UUID> personer =
                IntStream.range(0, 70_000).mapToObj(i -> UUID.randomUUID()).toList();

        assertThat(sipar.medRegionalaInsatser(personer, LocalDate.now(se.tillit.drift.Svensktid.ZON)))
                .isEmpty();
        assertThat(sipar.medSip(personer, LocalDate.now(se.tillit.drift.Svensktid.ZON)))
                .isEmpty();
    }
}
