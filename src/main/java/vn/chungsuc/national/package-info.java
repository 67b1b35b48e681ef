/**
 * The national view: each province instance publishes its aggregate facts (per indicator, unit and period the
 * numerator and denominator, from {@link vn.chungsuc.indicators.IndicatorsApi#eachFact}) into
 * {@code national_fact}, keyed by (province code, fact key) so that provinces never collide, and PostgreSQL logical
 * replication carries that one table to the national instance ({@code chungsuc.national.enabled=true}), which
 * subscribes to every province and shows the country by province with a drill-down into a province's units. No
 * household, person, CCCD or phone ever enters the table. The province watches its replication slots (lag in
 * bytes as a Micrometer gauge, {@code max_slot_wal_keep_size} so a dead national server cannot fill its disk) and
 * widens its publication to new columns only once the national side holds them ({@code NationalSchemaGate}).
 * Depends on {@code shared} and the public API of {@code indicators} and {@code territory}.
 *
 * <p>Glossary: toàn quốc – national; tỉnh, thành phố – province; dữ kiện tổng hợp – aggregate fact; bản sao logic –
 * logical replication; độ trễ – lag.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "indicators", "territory"})
package vn.chungsuc.national;
