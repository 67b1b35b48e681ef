package vn.chungsuc.feedback.open311;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.chungsuc.feedback.FeedbackPermissions;
import vn.chungsuc.shared.problem.Refused;

/**
 * The administrator's API for Open311 keys: {@code POST /api/v1/open311/keys {name, perMinute?}} answers 201 with
 * the key (shown this once), {@code DELETE /api/v1/open311/keys/{key}} revokes it (204; 404 when no active key has
 * that text).
 */
@RestController
@PreAuthorize("@feedbackPermissions.may('open311.keys')")
class KeysApiController {

    private final ApiKeys keys;
    private final FeedbackPermissions permissions;

    KeysApiController(ApiKeys keys, FeedbackPermissions permissions) {
        this.keys = keys;
        this.permissions = permissions;
    }

    /** What the POST takes. */
    record NewKey(String name, Integer perMinute) {
    }

    /** No active key with this text: 404. */
    static class NoKey extends Refused {
        NoKey() {
            super("key", "feedback.open311.refused.noKey");
        }

        @Override
        public int status() {
            return 404;
        }
    }

    @PostMapping("/api/v1/open311/keys")
    ResponseEntity<Map<String, Object>> issue(@RequestBody NewKey body) {
        ApiKeys.Issued issued = keys.issue(body.name(), body.perMinute(), permissions.username());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", issued.secret());
        out.put("id", issued.key().id());
        out.put("name", issued.key().name());
        out.put("perMinute", issued.key().perMinute());
        return ResponseEntity.status(201).body(out);
    }

    @DeleteMapping("/api/v1/open311/keys/{key}")
    ResponseEntity<Void> revoke(@PathVariable String key) {
        if (!keys.revokeBySecret(key, permissions.username())) {
            throw new NoKey();
        }
        return ResponseEntity.noContent().build();
    }
}
