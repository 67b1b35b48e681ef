package vn.chungsuc.access.domain;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends the open sessions of a user whose rights changed (disabled, another role, other units, a new password): his
 * next request goes to the login page instead of acting with the rights he no longer has.
 */
@Component
public class SessionTerminator {

    private final SessionRegistry sessions;

    SessionTerminator(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    public int endSessionsOf(String username) {
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof org.springframework.security.core.userdetails.UserDetails u
                    && u.getUsername().equalsIgnoreCase(username)) {
                for (SessionInformation info : sessions.getAllSessions(principal, false)) {
                    info.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }
}
