package testprobes;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * What one request costs, counted on its own thread: the SQL statements it prepares and the static-resource lookups it
 * makes (a link resolved against the static locations, as Spring's resource chain does for every link it encodes). A
 * request carrying the header {@value #HEADER} is counted; its counts are kept under the header's value for
 * {@link #kostnad(String)}. Other requests and threads (the job executor, other tests) are not counted.
 */
@Configuration(proxyBeanMethods = false)
public class Anropskostnad {

    public static final String HEADER = "X-Test-Anropskostnad";

    /**
     * @param satser the SQL of the statements prepared, in order (a plain statement as "(statement)")
     * @param resursuppslag lookups of a path against the static resource locations
     */
    public record Kostnad(java.util.List<String> satser, int resursuppslag) {

        public int sql() {
            return satser.size();
        }
    }

    private record Pagaende(java.util.List<String> satser, int[] resursuppslag) {}

    private static final ThreadLocal<Pagaende> PAGAENDE = new ThreadLocal<>();
    private static final Map<String, Kostnad> RAKNADE = new ConcurrentHashMap<>();

    /** The counts of the finished request marked with this value, or an AssertionError if none was counted. */
    public static Kostnad kostnad(String markering) {
        Kostnad kostnad = RAKNADE.remove(markering);
        if (kostnad == null) {
            throw new AssertionError("no request with " + HEADER + ": " + markering + " was counted");
        }
        return kostnad;
    }

    private static void raknaSql(String sql) {
        Pagaende pagaende = PAGAENDE.get();
        if (pagaende != null) {
            pagaende.satser().add(sql);
        }
    }

    private static void raknaResursuppslag() {
        Pagaende pagaende = PAGAENDE.get();
        if (pagaende != null) {
            pagaende.resursuppslag()[0]++;
        }
    }

    @Bean
    static FilterRegistrationBean<Filter> anropskostnadFilter() {
        Filter filter = (ServletRequest request, ServletResponse response, FilterChain chain) -> {
            String markering = ((HttpServletRequest) request).getHeader(HEADER);
            if (markering == null) {
                chain.doFilter(request, response);
                return;
            }
            Pagaende pagaende = new Pagaende(new java.util.ArrayList<>(), new int[1]);
            PAGAENDE.set(pagaende);
            try {
                chain.doFilter(request, response);
                response.flushBuffer(); // the page is written (and its links built) before we count
            } finally {
                PAGAENDE.remove();
                RAKNADE.put(
                        markering, new Kostnad(java.util.List.copyOf(pagaende.satser()), pagaende.resursuppslag()[0]));
            }
        };
        FilterRegistrationBean<Filter> registrering = new FilterRegistrationBean<>(filter);
        registrering.setOrder(Ordered.HIGHEST_PRECEDENCE); // around everything, security and its session too
        return registrering;
    }

    /** Every DataSource handed out as one whose connections count the statements they prepare. */
    @Bean
    static BeanPostProcessor anropskostnadDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof RaknandeDataSource)
                        ? new RaknandeDataSource(dataSource)
                        : bean;
            }
        };
    }

    /**
     * Puts a counting resolver first in every static-resource handler's resolver list. Serving a file uses the chain the
     * handler built at its start and does not see it; resolving a link (ResourceUrlProvider) builds its chain from this
     * list on every call, so each link resolved against the static locations is counted.
     */
    @Bean
    static ApplicationListener<ContextRefreshedEvent> anropskostnadResurser() {
        return event -> event.getApplicationContext().getBeansOfType(AbstractUrlHandlerMapping.class).values().stream()
                .flatMap(mapping -> mapping.getHandlerMap().values().stream())
                .filter(ResourceHttpRequestHandler.class::isInstance)
                .map(ResourceHttpRequestHandler.class::cast)
                .filter(handler ->
                        handler.getResourceResolvers().stream().noneMatch(RaknandeResolver.class::isInstance))
                .forEach(handler -> handler.getResourceResolvers().add(0, new RaknandeResolver()));
    }

    static final class RaknandeResolver implements ResourceResolver {

        @Override
        public Resource resolveResource(
                HttpServletRequest request,
                String requestPath,
                java.util.List<? extends Resource> locations,
                ResourceResolverChain chain) {
            raknaResursuppslag();
            return chain.resolveResource(request, requestPath, locations);
        }

        @Override
        public String resolveUrlPath(
                String resourcePath, java.util.List<? extends Resource> locations, ResourceResolverChain chain) {
            raknaResursuppslag();
            return chain.resolveUrlPath(resourcePath, locations);
        }
    }

    static final class RaknandeDataSource extends DelegatingDataSource {

        private static final Set<String> PREPARERAR = Set.of("prepareStatement", "prepareCall", "createStatement");

        RaknandeDataSource(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return raknande(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return raknande(super.getConnection(username, password));
        }

        private static Connection raknande(Connection connection) {
            return (Connection) Proxy.newProxyInstance(
                    Anropskostnad.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (PREPARERAR.contains(method.getName())) {
                            raknaSql(
                                    args != null && args.length > 0 && args[0] instanceof String sql
                                            ? sql
                                            : "(statement)");
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
