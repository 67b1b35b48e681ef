package vn.chungsuc.access.domain;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.permission.Actor;
import vn.chungsuc.shared.permission.Authority;
import vn.chungsuc.shared.permission.CurrentActor;
import vn.chungsuc.shared.permission.Function;
import vn.chungsuc.shared.scope.UnitScope;

/** Tells the modules' permissions who asks. */
@Component
class SignedInActor implements CurrentActor {

    /**
     * The actor of the request: a signed-in user with his functions; a principal from elsewhere (a test's mock user)
     * with the functions its authorities name; nobody otherwise.
     */
    @Override
    public Actor current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Actor.NOBODY;
        }
        if (auth.getPrincipal() instanceof SignedInUser user) {
            return user.actor();
        }
        Set<Function> functions = EnumSet.noneOf(Function.class);
        boolean administrator = false;
        for (GrantedAuthority a : auth.getAuthorities()) {
            administrator |= Authority.ADMINISTER.equals(a.getAuthority());
            Authority.function(a.getAuthority()).ifPresent(functions::add);
        }
        return new Actor(auth.getName(), administrator, functions, administrator ? UnitScope.ALL : UnitScope.NONE);
    }

}
