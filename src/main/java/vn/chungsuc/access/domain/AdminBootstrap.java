package vn.chungsuc.access.domain;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.chungsuc.access.Role;

/**
 * Outside the demo, a new installation has no user: the first start creates the administrator {@code admin} with
 * the password given in {@code CHUNGSUC_ADMIN_PASSWORD}, and says how when it is missing. Never a default password.
 */
@Component
@Profile("!demo")
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserStore users;
    private final UserAdministration admin;
    private final String password;

    private final vn.chungsuc.shared.platform.ClusterLocks locks;

    AdminBootstrap(UserStore users, UserAdministration admin,
            @Value("${chungsuc.bootstrap.admin-password:}") String password, vn.chungsuc.shared.platform.ClusterLocks locks) {
        this.locks = locks;
        this.users = users;
        this.admin = admin;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Once across the instances starting together: the second finds the administrator created.
        locks.runExclusively("startup.admin", this::ensureAdmin);
    }

    private void ensureAdmin() {
        if (users.countAll() > 0) {
            return;
        }
        if (password == null || password.length() < UserAdministration.MIN_PASSWORD) {
            log.warn("No user exists yet. Restart with CHUNGSUC_ADMIN_PASSWORD set (at least {} characters) to create "
                    + "the administrator 'admin', or run with the profile 'demo' for the demo logins.",
                    UserAdministration.MIN_PASSWORD);
            return;
        }
        admin.ensure("admin", password, "Quản trị hệ thống", Role.ADMIN, null, Set.of(), Set.of());
        log.info("Created the administrator 'admin'.");
    }
}
