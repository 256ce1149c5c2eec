package se.tillit.drift.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import se.tillit.drift.Tidvisning;

/**
 * Registers {@code #tid} ({@link Tidvisning}) with the template engine, for the pages and the printed documents alike
 * (Spring Boot adds every dialect bean to its engine).
 */
@Component
class TidDialekt extends AbstractDialect implements IExpressionObjectDialect {

    static final String NAMN = "tid";

    TidDialekt() {
        super("Tillit: tid");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAMN);
            }

            @Override
            public Object buildObject(IExpressionContext kontext, String namn) {
                return NAMN.equals(namn) ? new Tidvisning(kontext.getLocale()) : null;
            }

            @Override
            public boolean isCacheable(String namn) {
                return true;
            }
        };
    }
}
