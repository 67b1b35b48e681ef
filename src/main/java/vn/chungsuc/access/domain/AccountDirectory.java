package vn.chungsuc.access.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.shared.permission.Accounts;
import vn.chungsuc.shared.permission.BodyDirectory;
import vn.chungsuc.shared.permission.BodyRef;
import vn.chungsuc.shared.permission.Function;

/** Tells other modules the enabled accounts, each with the actor he is when signed in (as at login). */
@Component
class AccountDirectory implements Accounts {

    /** More accounts than a province's instance holds; the list is for pickers filtered by a permission. */
    private static final int MAX = 20_000;

    private final UserStore users;
    private final BodyDirectory bodies;

    AccountDirectory(UserStore users, BodyDirectory bodies) {
        this.users = users;
        this.bodies = bodies;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> find(String username) {
        if (username == null || username.isBlank() || username.length() > 50) {
            return Optional.empty();
        }
        return users.findByUsername(username.strip()).filter(UserAccount::enabled).map(this::account);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Account> enabled() {
        return users.page("", 0, MAX).stream().filter(UserAccount::enabled).map(this::account)
                .sorted(Comparator.comparing(Account::fullName)).toList();
    }

    private Account account(UserAccount u) {
        Set<Function> bodyFunctions = u.bodyCode() == null ? Set.of() : bodies.body(u.bodyCode())
                .map(BodyRef::functions).orElse(Set.of());
        return new Account(u.username(), u.fullName(), u.bodyCode(),
                SignedInUser.of(u, false, bodyFunctions).actor());
    }
}
