package se.tillit.sakerhet.internal;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
@RequiredArgsConstructor
class TillitUserDetailsService implements UserDetailsService {

    private final AnvandarRepository repository;

    @Override
    public UserDetails loadUserByUsername(String anvandarnamn) {
        return repository
                .hittaForInloggning(
                        anvandarnamn == null ? "" : anvandarnamn.trim().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException("Okänd användare"));
    }
}
