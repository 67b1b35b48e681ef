package vn.chungsuc.access.web;

import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.chungsuc.access.domain.ApiTokens;
import vn.chungsuc.shared.problem.Refused;

/**
 * The API of API tokens: {@code POST /api/v1/tokens {username, name, days}} answers 201 with the secret (in this
 * answer only), {@code DELETE /api/v1/tokens/{id}} 204. A refusal is the one problem shape of {@code ApiProblems}.
 */
@RestController
@PreAuthorize("@accessPermissions.may('token.manage')")
class ApiTokenApiController {

    private final ApiTokens tokens;

    ApiTokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** What an integration sends to have a token issued. */
    record IssueRequest(String username, String name, Integer days) {
    }

    /** A token just issued: the secret is in this answer only. */
    record IssuedToken(long id, String username, String name, Instant expiresAt, String token) {
    }

    @PostMapping("/api/v1/tokens")
    ResponseEntity<IssuedToken> issueApi(@RequestBody(required = false) IssueRequest body) {
        if (body == null) {
            throw new Refused(null, "access.token.body.required");
        }
        ApiTokens.Issued issued = tokens.issue(body.username(), body.name(), body.days());
        ApiTokens.Token t = issued.token();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new IssuedToken(t.id(), t.username(), t.name(), t.expiresAt(), issued.secret()));
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    ResponseEntity<Void> revokeApi(@PathVariable long id) {
        if (!tokens.revoke(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.noContent().build();
    }

}
