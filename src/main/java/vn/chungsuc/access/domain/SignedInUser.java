package vn.chungsuc.access.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.chungsuc.access.Role;
import vn.chungsuc.shared.permission.Actor;
import vn.chungsuc.shared.permission.Authority;
import vn.chungsuc.shared.permission.Function;
import vn.chungsuc.shared.scope.UnitScope;

/**
 * The principal of a signed-in user: his post, the functions he acts for (his post's and his body's), his unit
 * scope, and the authorities of the shared vocabulary ({@link Authority}) that stand for them.
 */
public record SignedInUser(long id, String username, String password, String fullName, Role role,
        boolean enabled, boolean locked, List<GrantedAuthority> grants, UnitScope scope, Set<Function> functions)
        implements UserDetails {

    /** The user with the functions of the body he works in (empty when none, or the body is gone). */
    public static SignedInUser of(UserAccount u, boolean locked, Set<Function> bodyFunctions) {
        Set<Function> functions = EnumSet.noneOf(Function.class);
        functions.addAll(u.role().functions());
        functions.addAll(bodyFunctions);
        List<GrantedAuthority> grants = new ArrayList<>();
        if (u.role() == Role.ADMIN) {
            grants.add(new SimpleGrantedAuthority(Authority.ADMINISTER));
        }
        functions.forEach(f -> grants.add(new SimpleGrantedAuthority(Authority.actFor(f))));
        UnitScope scope = u.role() == Role.ADMIN ? UnitScope.ALL : new UnitScope(false, u.manageCodes(), u.viewCodes());
        return new SignedInUser(u.id(), u.username(), u.passwordHash(), u.fullName(), u.role(), u.enabled(), locked,
                List.copyOf(grants), scope, Set.copyOf(functions));
    }

    public Actor actor() {
        return new Actor(username, role == Role.ADMIN, functions, scope);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return grants;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Never serialise the password hash into the session store or logs. */
    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role + "]";
    }
}
