package vn.chungsuc.shared.permission;

import java.util.List;
import java.util.Optional;

/**
 * The accounts of the system as other modules may know them (implemented by the access module): the login, the
 * full name, the body the user works in and the actor he is when signed in, so that a module can name a user for
 * a step (the signer of a report) and check that he may take it, without reading access's tables.
 */
public interface Accounts {

    /** An enabled account. */
    record Account(String username, String fullName, String bodyCode, Actor actor) {
    }

    /** The enabled account with this login. */
    Optional<Account> find(String username);

    /** Every enabled account, by full name. */
    List<Account> enabled();
}
