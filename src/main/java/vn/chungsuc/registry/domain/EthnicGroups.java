package vn.chungsuc.registry.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.text.VietnameseText;

/**
 * The ethnic groups a person may belong to, as data (table {@code registry_ethnic_group}): the 54 groups of the
 * Tổng cục Thống kê's list (Quyết định 121-TCTK/PPCĐ, 02/3/1979), codes 01 Kinh … 54 Rơ-măm, and, for the register
 * only, "Người nước ngoài" and "Không xác định". What a user types or a file holds is read by its code ("08", "8")
 * or its name or another common spelling, with the register's accent-insensitive key (case, accents, spaces and
 * hyphens aside): "H'Mông", "hmong" and "Mông" are all the Mông. Read once; the list changes only by a migration.
 */
@Component
public class EthnicGroups {

    private static final java.util.regex.Pattern NOT_KEY = java.util.regex.Pattern.compile("[^a-z0-9]");

    /** One group: its code, its name as written, whether it is in the official list. */
    public record Group(String code, String name, boolean official) {
    }

    private final JdbcClient jdbc;
    private volatile List<Group> groups;
    private volatile Map<String, String> byKey;

    EthnicGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every group in the list's order. */
    public List<Group> all() {
        load();
        return groups;
    }

    /** The group's name for what was typed (a code, a name or another spelling); empty when it is none of them. */
    public Optional<String> canonical(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 60) {
            return Optional.empty();
        }
        load();
        String t = typed.strip();
        if (CitizenIdPolicy.digits(t, 1) || CitizenIdPolicy.digits(t, 2)) {
            t = t.length() == 1 ? "0" + t : t;
        }
        String byCode = byKey.get("#" + t.toUpperCase());
        return Optional.ofNullable(byCode != null ? byCode : byKey.get(key(t)));
    }

    static String key(String text) {
        return NOT_KEY.matcher(VietnameseText.searchKey(text)).replaceAll("");
    }

    private void load() {
        if (groups != null) {
            return;
        }
        Map<String, String> keys = new LinkedHashMap<>();
        List<Group> list = jdbc.sql("""
                        select code, name, match_key, other_names, official from registry_ethnic_group
                        order by position""")
                .query((rs, n) -> {
                    String name = rs.getString("name");
                    keys.put("#" + rs.getString("code"), name);
                    keys.put(rs.getString("match_key"), name);
                    keys.put(key(name), name);
                    for (String other : rs.getString("other_names").split("\\|")) {
                        if (!other.isBlank()) {
                            keys.putIfAbsent(other, name);
                        }
                    }
                    return new Group(rs.getString("code"), name, rs.getBoolean("official"));
                }).list();
        byKey = Map.copyOf(keys);
        groups = List.copyOf(list);
    }
}
