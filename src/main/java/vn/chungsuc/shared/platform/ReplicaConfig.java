package vn.chungsuc.shared.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.util.StringUtils;

/**
 * The read replica (issue 19, item 3), on only when {@code chungsuc.datasource.replica.url} is set: the application's
 * {@code dataSource} (embedded or external) becomes the primary behind a {@link RoutingDataSource}, itself behind a
 * {@link LazyConnectionDataSourceProxy}; Flyway always migrates the primary; the lag is a gauge; writes pin the
 * writer's reads to the primary for a while ({@link ReplicaReadYourWritesFilter}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReplicaConfig.ReplicaConfigured.class)
class ReplicaConfig {

    @Bean(destroyMethod = "close")
    ReplicaLagMonitor replicaLagMonitor(Environment env) {
        HikariDataSource replica = new HikariDataSource();
        replica.setJdbcUrl(env.getRequiredProperty("chungsuc.datasource.replica.url"));
        replica.setUsername(env.getProperty("chungsuc.datasource.replica.username"));
        replica.setPassword(env.getProperty("chungsuc.datasource.replica.password"));
        replica.setMaximumPoolSize(env.getProperty("chungsuc.datasource.replica.pool-size", Integer.class, 10));
        replica.setPoolName("chungsuc-replica");
        replica.setReadOnly(true);
        // a replica that is down must not hold a page: fail fast, and start even if it is down (the reads fall back)
        replica.setConnectionTimeout(env.getProperty("chungsuc.datasource.replica.connect-timeout", Duration.class,
                Duration.ofSeconds(1)).toMillis());
        replica.setValidationTimeout(500);
        replica.setInitializationFailTimeout(-1);
        return new ReplicaLagMonitor(replica,
                env.getProperty("chungsuc.datasource.replica.max-lag", Duration.class, Duration.ofSeconds(5)),
                env.getProperty("chungsuc.datasource.replica.check-interval", Duration.class, Duration.ofSeconds(2)));
    }

    /** Wraps the application's data source, whichever configuration made it, once it exists. */
    @Bean
    static BeanPostProcessor replicaRoutingPostProcessor() {
        return new RoutingPostProcessor();
    }

    @Bean
    FlywayConfigurationCustomizer replicaFlywayOnPrimary(DataSource dataSource) {
        return configuration -> {
            if (dataSource instanceof ReplicaRoutedDataSource routed) {
                configuration.dataSource(routed.primary());
            }
        };
    }

    @Bean
    MeterBinder replicaMeters(ReplicaLagMonitor monitor) {
        return (MeterRegistry meters) -> {
            Gauge.builder("chungsuc.replica.lag", monitor, ReplicaLagMonitor::lagSeconds).baseUnit("seconds")
                    .description("How far the read replica's replay is behind (NaN: unreachable)").register(meters);
            Gauge.builder("chungsuc.replica.in.use", monitor, m -> m.usable() ? 1 : 0)
                    .description("1 while read-only work goes to the replica, 0 while it falls back to the primary")
                    .register(meters);
        };
    }

    @Bean
    FilterRegistrationBean<ReplicaReadYourWritesFilter> replicaReadYourWritesFilter(Environment env, Clock clock) {
        Duration window = env.getProperty("chungsuc.datasource.replica.read-your-writes", Duration.class,
                Duration.ofSeconds(10));
        FilterRegistrationBean<ReplicaReadYourWritesFilter> reg =
                new FilterRegistrationBean<>(new ReplicaReadYourWritesFilter(window, clock));
        reg.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        reg.addUrlPatterns("/*");
        return reg;
    }

    /** The routed data source the application sees; {@link #primary()} for what must never go to the replica. */
    static final class ReplicaRoutedDataSource extends LazyConnectionDataSourceProxy {
        private final RoutingDataSource routing;

        ReplicaRoutedDataSource(RoutingDataSource routing) {
            super();
            this.routing = routing;
            setTargetDataSource(routing);
            setDefaultAutoCommit(true);
            setDefaultTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            afterPropertiesSet();
        }

        DataSource primary() {
            return routing.primary();
        }
    }

    static final class RoutingPostProcessor implements BeanPostProcessor, BeanFactoryAware {
        private BeanFactory beans;

        @Override
        public void setBeanFactory(BeanFactory beanFactory) {
            this.beans = beanFactory;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
            if (!"dataSource".equals(name) || !(bean instanceof DataSource primary)
                    || bean instanceof ReplicaRoutedDataSource) {
                return bean;
            }
            ReplicaLagMonitor monitor = beans.getBean(ReplicaLagMonitor.class);
            return new ReplicaRoutedDataSource(new RoutingDataSource(primary, monitor.replica(), monitor));
        }
    }

    /** On only with a replica URL that is not empty (the default is empty: no replica). */
    static class ReplicaConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("chungsuc.datasource.replica.url"));
        }
    }
}
