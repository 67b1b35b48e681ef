package vn.chungsuc.territory.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chungsuc.territory.ImportResult;

/** SQL over {@code territory_catalogue_import}: one row per catalogue file imported. */
@Repository
class CatalogueStore {

    private final JdbcClient jdbc;

    CatalogueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long record(ImportResult result) {
        return jdbc.sql("""
                        insert into territory_catalogue_import
                            (level, valid_from, total, added, changed, unchanged, skipped)
                        values (:level, :validFrom, :total, :added, :changed, :unchanged, :skipped)
                        returning id""")
                .param("level", result.level().depth()).param("validFrom", result.validFrom())
                .param("total", result.total()).param("added", result.added()).param("changed", result.changed())
                .param("unchanged", result.unchanged()).param("skipped", result.skipped().size())
                .query(Long.class).single();
    }

    /**
     * The valid-from date of the newest import in force on the date that added or changed units. An import that
     * changed nothing (the same or an older catalogue posted again with a later date) does not make the units any
     * newer, so it does not count.
     */
    Optional<LocalDate> latestValidFrom(LocalDate asOf) {
        return jdbc.sql("""
                        select valid_from from territory_catalogue_import
                        where valid_from <= :asOf and added + changed > 0
                        order by valid_from desc limit 1""")
                .param("asOf", asOf).query(LocalDate.class).optional();
    }
}
