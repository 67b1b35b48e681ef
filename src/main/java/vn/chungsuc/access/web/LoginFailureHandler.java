package vn.chungsuc.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends the login page a reason it can show: wrong credentials, a locked account, a disabled account. */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        // Too many attempts from this address is told apart from a wrong password only as "locked", for known and
        // unknown names alike (the throttle's refusal reaches here wrapped by the authentication provider).
        boolean locked = exception instanceof LockedException || exception.getCause() instanceof LockedException;
        String reason = locked ? "locked"
                : exception instanceof DisabledException ? "disabled" : "bad";
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
