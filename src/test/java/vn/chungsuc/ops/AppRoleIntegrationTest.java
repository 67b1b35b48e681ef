package vn.chungsuc.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chungsuc.IntegrationTest;

/** Issue 18, hole 3, as the running application sees it: its pool and Flyway use the role that is no superuser. */
@IntegrationTest
class AppRoleIntegrationTest {

    @Autowired JdbcClient jdbc;

    @Test
    void theApplicationAndItsMigrationsRunAsTheRoleThatIsNoSuperuser() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("chungsuc");
        assertThat(jdbc.sql("select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user")
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select distinct installed_by from flyway_schema_history").query(String.class).list())
                .containsExactly("chungsuc");
        assertThatThrownBy(() -> jdbc.sql("copy (select 1) to program 'id'").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("select pg_ls_dir('.')").query(String.class).list())
                .rootCause().hasMessageContaining("permission denied");
    }
}
