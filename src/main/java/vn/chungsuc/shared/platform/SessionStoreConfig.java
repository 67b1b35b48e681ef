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
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * HTTP sessions in PostgreSQL (Spring Session JDBC, tables by the migration {@code shared/V1_1}), so that instances
 * behind a balancer are stateless: a session made on one is valid on every other, and survives the loss of the one
 * that made it (issue 19, item 1). Attributes are written with PostgreSQL's upsert ({@code on conflict do update}),
 * so that two requests of one session on two instances never fail on a duplicate key.
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

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
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
