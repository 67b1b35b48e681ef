package vn.chungsuc.shared.platform;

import java.io.ByteArrayOutputStream;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * HTTP sessions in PostgreSQL (Spring Session JDBC, tables by the migration {@code shared/V1_1}), so that instances
 * behind a balancer are stateless: a session made on one is valid on every other, and survives the loss of the one
 * that made it (issue 19, item 1). Attributes are written with PostgreSQL's upsert ({@code on conflict do update}),
 * so that two requests of one session on two instances never fail on a duplicate key.
 *
 * <p>A request that only reads (the same id, principal and timeout) writes the session's last access at most once a
 * minute ({@link #TOUCH_EVERY_MS}): Spring Session's own update writes the row on every request, and with a session
 * shared by parallel API calls every one of them then waited for the row's lock and a WAL flush of its commit
 * (issue 19, item 5: the signed-in targets API with one session and 32 connections). The update is still sent, and
 * matches no row when there is nothing to write. A session thus lasts 30 min after its last write, at most a
 * minute less than after its last request.
 *
 * <p>Attributes are kept with Java serialization. One that cannot be serialized (a page's flash attribute of a type
 * that is not {@link java.io.Serializable}) is stored as null with a warning naming its class, rather than failing
 * the request with a 500 after its work is done: the page then shows without that flash message.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig implements BeanClassLoaderAware {

    private static final Logger log = LoggerFactory.getLogger(SessionStoreConfig.class);

    private ClassLoader classLoader;

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** A session's last access is written when it is at least this much older than the request's. */
    static final long TOUCH_EVERY_MS = 60_000;

    /**
     * Spring Session's update of the session row (same parameters, same order), written only when the id, the
     * timeout or the principal changed, or the last access written is a minute old.
     */
    static final String UPDATE_SESSION_QUERY = """
            update %TABLE_NAME% s
            set session_id = v.session_id, last_access_time = v.last_access_time,
                max_inactive_interval = v.max_inactive_interval, expiry_time = v.expiry_time,
                principal_name = v.principal_name
            from (select cast(? as char(36)) session_id, cast(? as bigint) last_access_time,
                         cast(? as int) max_inactive_interval, cast(? as bigint) expiry_time,
                         cast(? as varchar(100)) principal_name, cast(? as char(36)) primary_id) v
            where s.primary_id = v.primary_id
              and (s.session_id <> v.session_id or s.max_inactive_interval <> v.max_inactive_interval
                   or s.principal_name is distinct from v.principal_name
                   or v.last_access_time - s.last_access_time >= TOUCH_MS)
            """.replace("TOUCH_MS", String.valueOf(TOUCH_EVERY_MS));

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTouchedAtMostEveryMinute() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
    }

    @Bean
    ConversionService springSessionConversionService() {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, SessionStoreConfig::serialize);
        conversions.addConverter(byte[].class, Object.class, new DeserializingConverter(classLoader));
        return conversions;
    }

    static byte[] serialize(Object value) {
        try {
            return bytes(value);
        } catch (NotSerializableException e) {
            log.warn("A session attribute cannot be kept in PostgreSQL (not serializable: {}); kept as null",
                    e.getMessage());
            try {
                return bytes(null);
            } catch (Exception impossible) {
                throw new IllegalStateException(impossible);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not serialize a session attribute", e);
        }
    }

    private static byte[] bytes(Object value) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (ObjectOutputStream o = new ObjectOutputStream(out)) {
            o.writeObject(value);
        }
        return out.toByteArray();
    }
}
