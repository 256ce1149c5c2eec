package se.tillit.pris;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;

/** Remembers each answer (and each "no price") of a price list held still by {@link Prislista#ogonblicksbild()}. */
@RequiredArgsConstructor
final class MinnesPrislista implements Prislista {

    private final Prislista prislista;
    private final Map<Prisfraga, Supplier<Pris>> priser = new ConcurrentHashMap<>();
    private final Map<Double, Supplier<String>> omfattningar = new ConcurrentHashMap<>();

    @Override
    public Pris pris(Prisfraga fraga) {
        return priser.computeIfAbsent(fraga, f -> svar(() -> prislista.pris(f))).get();
    }

    @Override
    public String omfattning(double timmarPerVecka) {
        return omfattningar
                .computeIfAbsent(timmarPerVecka, t -> svar(() -> prislista.omfattning(t)))
                .get();
    }

    @Override
    public String version() {
        return prislista.version();
    }

    @Override
    public Prislista ogonblicksbild() {
        return this;
    }

    /** The answer, or the refusal to throw again each time the same question is asked. */
    private static <T> Supplier<T> svar(Supplier<T> fraga) {
        try {
            T svar = fraga.get();
            return () -> svar;
        } catch (se.tillit.fel.Valideringsfel refusal) {
            return () -> {
                throw refusal;
            };
        }
    }
}
