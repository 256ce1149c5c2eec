package se.tillit.sakerhet.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class TillitUserDetailsService implements UserDetailsService {

    private final AnvandarRepository repository;

    TillitUserDetailsService(AnvandarRepository repository) {
        this.repository = repository;
    }

    @Override
    public UserDetails loadUserByUsername(String anvandarnamn) {
        return repository
                .hittaForInloggning(
                        anvandarnamn == null ? "" : anvandarnamn.trim().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException("Okänd användare"));
    }
}
