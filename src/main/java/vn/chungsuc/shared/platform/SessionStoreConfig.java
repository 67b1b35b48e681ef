package vn.chungsuc.shared.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * HTTP sessions in PostgreSQL (Spring Session JDBC, tables by the migration {@code shared/V1_1}), so that instances
 * behind a balancer are stateless: a session made on one is valid on every other, and survives the loss of the one
 * that made it (issue 19, item 1). Attributes are written with PostgreSQL's upsert ({@code on conflict do update}),
 * so that two requests of one session on two instances never fail on a duplicate key.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
