package vn.chungsuc.access.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.chungsuc.access.Role;
import vn.chungsuc.shared.scope.UnitScope;

/** The principal of a signed-in user: his post, department authority and unit scope. */
public record SignedInUser(long id, String username, String password, String fullName, Role role,
        boolean enabled, boolean locked, List<GrantedAuthority> grants, UnitScope scope)
        implements UserDetails {

    public static SignedInUser of(UserAccount u, boolean locked) {
        List<GrantedAuthority> grants = new ArrayList<>();
        grants.add(new SimpleGrantedAuthority(u.role().authority()));
        if (u.department() != null) {
            grants.add(new SimpleGrantedAuthority(u.department().authority()));
        }
        UnitScope scope = u.role() == Role.ADMIN ? UnitScope.ALL : new UnitScope(false, u.manageCodes(), u.viewCodes());
        return new SignedInUser(u.id(), u.username(), u.passwordHash(), u.fullName(), u.role(), u.enabled(), locked,
                List.copyOf(grants), scope);
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
