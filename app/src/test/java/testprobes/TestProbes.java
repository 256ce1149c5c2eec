package testprobes;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that exist only in tests, to look at what a request sees from the inside. Outside the
 * se.tillit package on purpose: component scanning must not find it, only the @Import of TillitSpringTest.
 */
@RestController
public class TestProbes {

    private final IdentityService identityService;

    TestProbes(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Who the engine thinks is acting during this request. */
    @GetMapping("/test/engine-identity")
    Map<String, Object> engineIdentity() {
        Authentication authentication = identityService.getCurrentAuthentication();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("userId", authentication == null ? null : authentication.getUserId());
        result.put("groups", authentication == null ? null : authentication.getGroupIds());
        return result;
    }

    /** An unexpected failure whose message holds personal data that must not reach the client. */
    @GetMapping("/test/failure")
    String failure() {
        throw new IllegalStateException("Boom for person 19121212-1212 at se.tillit.Secret");
    }
}
