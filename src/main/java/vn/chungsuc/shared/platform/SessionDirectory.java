package vn.chungsuc.shared.platform;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * The open sessions of every instance, read from PostgreSQL ({@code spring_session}) rather than one JVM's memory:
 * ending a user's sessions when his rights change ends them on every instance, and an ended session is refused by
 * any instance it comes back to. Spring Session's registry cannot list principals; this one lists the distinct
 * user names of the sessions not yet expired, as {@link org.springframework.security.core.userdetails.UserDetails}
 * (name only) that its {@link #getAllSessions} accepts.
 */
public class SessionDirectory<S extends Session> extends SpringSessionBackedSessionRegistry<S> {

    private final JdbcTemplate jdbc;

    public SessionDirectory(FindByIndexNameSessionRepository<S> sessions, JdbcTemplate jdbc) {
        super(sessions);
        this.jdbc = jdbc;
    }

    @Override
    public List<Object> getAllPrincipals() {
        return jdbc.queryForList("select distinct principal_name from spring_session where principal_name is not null"
                        + " and expiry_time > ?", String.class, System.currentTimeMillis()).stream()
                .<Object>map(name -> User.withUsername(name).password("").authorities(List.of()).build())
                .toList();
    }
}
