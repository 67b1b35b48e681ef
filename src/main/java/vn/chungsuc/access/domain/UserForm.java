package vn.chungsuc.access.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.chungsuc.access.Role;

/**
 * What an administrator types to create or change a user. Unit codes are separated by commas or spaces.
 * The password is required for a new user and, when given for an existing one, replaces his password.
 */
public record UserForm(
        @NotBlank(message = "{access.user.username.required}")
        @Pattern(regexp = "^[A-Za-z0-9._-]{3,50}$", message = "{access.user.username.pattern}") String username,
        @NotBlank(message = "{access.user.fullName.required}")
        @Size(max = 150, message = "{access.user.fullName.size}") String fullName,
        @NotNull(message = "{access.user.role.required}") Role role,
        String bodyCode,
        String manageCodes,
        String viewCodes,
        Boolean enabled,
        @Size(max = 100, message = "{access.user.password.size}") String password) {

    public static UserForm empty() {
        return new UserForm("", "", null, null, "", "", true, "");
    }

    public static UserForm of(UserAccount u) {
        return new UserForm(u.username(), u.fullName(), u.role(), u.bodyCode(),
                String.join(", ", new java.util.TreeSet<>(u.manageCodes())),
                String.join(", ", new java.util.TreeSet<>(u.viewCodes())), u.enabled(), "");
    }

    /** An unticked checkbox sends nothing: absent means inactive. */
    public boolean active() {
        return Boolean.TRUE.equals(enabled);
    }

    public Set<String> manageCodeSet() {
        return codes(manageCodes);
    }

    public Set<String> viewCodeSet() {
        return codes(viewCodes);
    }

    static Set<String> codes(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
