package se.tillit.sakerhet.internal;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import se.tillit.sakerhet.Enhet;
import se.tillit.sakerhet.Enhetsregister;

@Service
class JdbcEnhetsregister implements Enhetsregister {

    private final AnvandarRepository repository;

    JdbcEnhetsregister(AnvandarRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Enhet> hitta(String kod) {
        if (kod == null || kod.isBlank()) {
            return Optional.empty();
        }
        return repository.enheter(Set.of(kod)).stream().findFirst();
    }
}
