package vn.chungsuc.registry.importing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chungsuc.registry.HouseholdsImported;
import vn.chungsuc.registry.domain.EthnicGroups;
import vn.chungsuc.registry.domain.Areas;
import vn.chungsuc.registry.domain.CitizenIdPolicy;
import vn.chungsuc.registry.domain.CopyStream;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.registry.domain.PersonRules;
import vn.chungsuc.registry.domain.Problem;
import vn.chungsuc.registry.domain.Relation;
import vn.chungsuc.registry.domain.Sex;
import vn.chungsuc.registry.importing.ImportReport.Status;
import vn.chungsuc.registry.importing.Layout.Column;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.territory.UnitView;

/**
 * Imports households and persons from a file, all or nothing, in one transaction:
 * <ol>
 * <li>stream each sheet, check every row on its own (formats, CCCD structure, area and scope), and COPY every row
 * into a temporary staging table;</li>
 * <li>check the rows against each other and against the register in SQL (repeated codes and CCCDs, unknown
 * households, a CCCD held in another household, one head per household);</li>
 * <li>if no row is bad, merge the staging tables into the register with a few set-based statements: households are
 * matched on their code, persons on their CCCD (or, without one, on name and date of birth within the household),
 * so importing the same file again updates and never duplicates.</li>
 * </ol>
 * A dry run does all three and rolls back, so it reports exactly what the import would do. Memory stays small
 * whatever the file's size: rows are never held, only the first bad rows.
 */
@Component
public class Importer {

    /** Bad rows kept for the report; all are counted. */
    public static final int MAX_ERRORS = 1000;
    /** Rows after which an import refreshes the tables' statistics. */
    static final int ANALYZE_AFTER = 5000;
    private static final Logger log = LoggerFactory.getLogger(Importer.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separate;
    private final Areas areas;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final EthnicGroups ethnicGroups;
    private final io.micrometer.core.instrument.MeterRegistry meters;

    Importer(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions, Areas areas,
            AuditLog audit, ApplicationEventPublisher events, MessageSource messages, EthnicGroups ethnicGroups,
            io.micrometer.core.instrument.MeterRegistry meters) {
        this.ethnicGroups = ethnicGroups;
        this.meters = meters;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.areas = areas;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
    }

    /** What to import, for whom. {@code on} is the date the changes take effect (today). */
    public record Request(String id, List<UploadedFile> files, String fileName, boolean dryRun, UnitScope scope,
            String actor, Locale locale, LocalDate on) {
    }

    /** Thrown inside the transaction to roll it back while keeping the report. */
    private static final class Rollback extends RuntimeException {
        final transient ImportReport report;

        Rollback(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    public ImportReport run(Request req, ImportProgress progress) {
        long started = System.nanoTime();
        separate.executeWithoutResult(s -> jdbc.sql("""
                        insert into registry_import (id, file_name, dry_run, started_by, status)
                        values (cast(:id as uuid), :name, :dry, :by, 'RUNNING')""")
                .param("id", req.id()).param("name", req.fileName()).param("dry", req.dryRun())
                .param("by", req.actor()).update());
        ImportReport report;
        try {
            report = transaction.execute(status -> {
                ImportReport r = runInTransaction(req, progress, started);
                if (!r.ok() || req.dryRun()) {
                    throw new Rollback(r);
                }
                return r;
            });
            if (report != null && report.householdRows() + report.personRows() > ANALYZE_AFTER) {
                // Fresh statistics, or the planner keeps thinking the tables are small until autovacuum comes by.
                jdbc.sql("analyze registry_household, registry_household_location, registry_person, "
                        + "registry_membership").update();
            }
        } catch (Rollback rollback) {
            report = rollback.report;
        } catch (RuntimeException e) {
            log.error("Import {} of {} failed", req.id(), req.fileName(), e);
            report = new ImportReport(req.id(), req.fileName(), req.dryRun(), Status.FAILED, 0, 0, 0, 0, 0, 0, 1,
                    List.of(new RowError("", 0, "", text(req.locale(), "registry.import.failed"))),
                    millis(started));
        }
        ImportReport done = report;
        separate.executeWithoutResult(s -> jdbc.sql("""
                        update registry_import set finished_at = now(), status = :status,
                               households_added = :ha, households_updated = :hu, persons_added = :pa,
                               persons_updated = :pu, errors = :e
                        where id = cast(:id as uuid)""")
                .param("status", done.status() == Status.DONE ? "DONE" : done.status().name())
                .param("ha", done.householdsAdded()).param("hu", done.householdsUpdated())
                .param("pa", done.personsAdded()).param("pu", done.personsUpdated())
                .param("e", (int) Math.min(Integer.MAX_VALUE, done.errorCount())).param("id", req.id()).update());
        progress.phase(ImportProgress.Phase.FINISHED);
        // For Prometheus: rows imported (rate() of it is rows/s) and the time of each import, by outcome.
        meters.counter("chungsuc.registry.import.rows", "dryRun", String.valueOf(req.dryRun()))
                .increment(done.householdRows() + done.personRows());
        meters.timer("chungsuc.registry.import", "status", done.status().name(), "dryRun",
                String.valueOf(req.dryRun())).record(java.time.Duration.ofMillis(done.millis()));
        log.info("Import {} ({}, dry run {}): {} in {} ms, {} household rows, {} person rows, {} bad", req.id(),
                req.fileName(), req.dryRun(), done.status(), done.millis(), done.householdRows(), done.personRows(),
                done.errorCount());
        return done;
    }

    private ImportReport runInTransaction(Request req, ImportProgress progress, long started) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Errors errors = new Errors(req.locale());
        createStaging();
        long[] counts = new long[2];
        HouseholdRows householdRows = new HouseholdRows(req, errors, progress);
        PersonRows personRows = new PersonRows(errors, progress, req.on(), ethnicGroups);
        progress.phase(ImportProgress.Phase.READING);
        try (SheetSource source = SheetSource.open(req.files())) {
            boolean hasHouseholds = source.has(Layout.HOUSEHOLDS, Layout.HOUSEHOLD_COLUMNS);
            boolean hasPersons = source.has(Layout.PERSONS, Layout.PERSON_COLUMNS);
            if (!hasHouseholds && !hasPersons) {
                errors.add("", 0, "", Problem.of("registry.import.file.noSheet", Layout.HOUSEHOLDS, Layout.PERSONS));
            }
            try (CopyStream out = CopyStream.open(connection, "registry_stage_household",
                    "row_no, code, area_code, address, registered_on")) {
                householdRows.start(out, source);
                source.read(Layout.HOUSEHOLDS, Layout.HOUSEHOLD_COLUMNS, householdRows);
                counts[0] = out.rows();
            }
            try (CopyStream out = CopyStream.open(connection, "registry_stage_person",
                    "row_no, household_code, full_name, search_key, sex, birth_date, citizen_id, ethnicity, relation, phone")) {
                personRows.start(out, source);
                source.read(Layout.PERSONS, Layout.PERSON_COLUMNS, personRows);
                counts[1] = out.rows();
            }
        } catch (SheetSource.FileProblem p) {
            errors.add("", 0, "", Problem.of(p.key, p.args));
        } catch (SheetSource.Corrupt c) {
            errors.add("", 0, "", Problem.of("registry.import.file.corrupt", req.fileName(), c.sheet));
        } catch (IOException e) {
            errors.add("", 0, "", Problem.of("registry.import.file.unreadable", req.fileName()));
        }
        long read = System.nanoTime();
        progress.phase(ImportProgress.Phase.CHECKING);
        if (errors.count() == 0) {
            crossChecks(req, errors, new Labels(householdRows.label(Layout.H_CODE),
                    personRows.label(Layout.P_HOUSEHOLD), personRows.label(Layout.P_CCCD),
                    personRows.label(Layout.P_NAME), personRows.label(Layout.P_RELATION)));
        }
        if (errors.count() > 0) {
            return new ImportReport(req.id(), req.fileName(), req.dryRun(), Status.REJECTED, counts[0], counts[1],
                    0, 0, 0, 0, errors.count(), errors.list, millis(started));
        }
        long checked = System.nanoTime();
        progress.phase(ImportProgress.Phase.SAVING);
        int[] merged = plan(req);
        if (!req.dryRun()) {
            merge(req);
        }
        log.info("Import {}: read {} ms, checked {} ms, merged {} ms", req.id(), (read - started) / 1_000_000,
                (checked - read) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
        if (!req.dryRun()) {
            Set<String> areaCodes = new TreeSet<>(jdbc.sql("select distinct area_code from registry_stage_household")
                    .query(String.class).list());
            areaCodes.addAll(jdbc.sql("""
                    select distinct l.area_code from (select distinct household_id from registry_plan_person) s
                    join registry_household_location l on l.household_id = s.household_id and l.valid_to is null""")
                    .query(String.class).list());
            audit.record("IMPORT", "registry.import", req.id(), "Nhập tệp " + req.fileName() + ": thêm "
                    + merged[0] + " hộ, cập nhật " + merged[1] + " hộ, thêm " + merged[2] + " nhân khẩu, cập nhật "
                    + merged[3] + " nhân khẩu", null, Map.of("file", req.fileName(), "householdRows", counts[0],
                    "personRows", counts[1], "householdsAdded", merged[0], "householdsUpdated", merged[1],
                    "personsAdded", merged[2], "personsUpdated", merged[3]));
            events.publishEvent(new HouseholdsImported(req.id(), areaCodes, merged[0], merged[1], merged[2],
                    merged[3], req.on()));
        }
        return new ImportReport(req.id(), req.fileName(), req.dryRun(), Status.DONE, counts[0], counts[1], merged[0],
                merged[1], merged[2], merged[3], 0, List.of(), millis(started));
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private void createStaging() {
        jdbc.sql("""
                create temporary table registry_stage_household (
                    row_no bigint not null, code text, area_code text, address text, registered_on date
                ) on commit drop""").update();
        jdbc.sql("""
                create temporary table registry_stage_person (
                    row_no bigint not null, household_code text, full_name text, search_key text, sex text,
                    birth_date date, citizen_id text, ethnicity text, relation text, phone text,
                    -- the person of the register the row is (resolvePersons), null for a new one
                    person_id bigint
                ) on commit drop""").update();
    }

    // ----- reading and checking rows one by one ---------------------------------------------------------------

    /** Finds the columns of a sheet by their titles; reports the missing required ones. */
    private static Map<Column, Integer> columns(String sheet, long rowNumber, List<String> titles,
            List<Column> wanted, Errors errors) {
        Map<Column, Integer> found = new LinkedHashMap<>();
        for (Column c : wanted) {
            for (int i = 0; i < titles.size(); i++) {
                if (VietnameseText.searchKey(titles.get(i)).equals(c.key())) {
                    found.put(c, i);
                    break;
                }
            }
            if (!found.containsKey(c) && c.required()) {
                errors.add(sheet, rowNumber, "", Problem.of("registry.import.column.missing", c.title(), sheet));
            }
        }
        return found;
    }

    private static String cell(List<String> cells, Map<Column, Integer> at, Column c) {
        Integer i = at.get(c);
        return i == null || i >= cells.size() ? "" : cells.get(i);
    }

    private static String col(Map<Column, Integer> at, Column c) {
        Integer i = at.get(c);
        return i == null ? c.title() : Layout.letter(i) + " (" + c.title() + ")";
    }

    /** Column labels ("E (Số CCCD)") for the checks made after reading. */
    private record Labels(String hCode, String pCode, String pCccd, String pName, String pRelation) {
    }

    /** What both sheets' readers share: where the columns are, where rows go. */
    private abstract static class Rows implements SheetSource.RowHandler {
        protected Map<Column, Integer> at = Map.of();
        protected CopyStream out;
        protected SheetSource source;

        void start(CopyStream out, SheetSource source) {
            this.out = out;
            this.source = source;
        }

        String label(Column c) {
            return col(at, c);
        }
    }

    private final class HouseholdRows extends Rows {
        private final Request req;
        private final Errors errors;
        private final ImportProgress progress;
        private final Map<String, Optional<Problem>> areaChecks = new HashMap<>();

        HouseholdRows(Request req, Errors errors, ImportProgress progress) {
            this.req = req;
            this.errors = errors;
            this.progress = progress;
        }

        @Override
        public boolean header(long row, List<String> titles) {
            at = columns(Layout.HOUSEHOLDS, row, titles, Layout.HOUSEHOLD_COLUMNS, errors);
            return at.keySet().containsAll(List.of(Layout.H_CODE, Layout.H_AREA));
        }

        @Override
        public void row(long row, List<String> cells) {
            String sheet = Layout.HOUSEHOLDS;
            String code = PersonRules.cleanHouseholdCode(cell(cells, at, Layout.H_CODE));
            PersonRules.checkHouseholdCode(code).ifPresent(p -> errors.add(sheet, row, col(at, Layout.H_CODE), p));
            String area = cell(cells, at, Layout.H_AREA).trim().toUpperCase(Locale.ROOT);
            if (area.isEmpty()) {
                errors.add(sheet, row, col(at, Layout.H_AREA), Problem.of("registry.area.required"));
            } else {
                areaChecks.computeIfAbsent(area, this::checkArea)
                        .ifPresent(p -> errors.add(sheet, row, col(at, Layout.H_AREA), p));
            }
            String address = PersonRules.cleanName(cell(cells, at, Layout.H_ADDRESS));
            if (address.length() > 200) {
                errors.add(sheet, row, col(at, Layout.H_ADDRESS), Problem.of("registry.household.address.size", 200));
            }
            String dateText = cell(cells, at, Layout.H_REGISTERED);
            LocalDate registered = null;
            if (!dateText.isBlank()) {
                registered = Dates.parse(dateText).orElse(null);
                if (registered == null) {
                    errors.add(sheet, row, col(at, Layout.H_REGISTERED), Problem.of("registry.date.invalidValue", dateText));
                } else if (registered.isAfter(req.on())) {
                    errors.add(sheet, row, col(at, Layout.H_REGISTERED), Problem.of("registry.date.future"));
                    registered = null;
                } else if (!area.isEmpty() && areas.area(area, registered).isEmpty()
                        && areas.area(area, req.on()).isPresent()) {
                    errors.add(sheet, row, col(at, Layout.H_REGISTERED),
                            Problem.of("registry.area.notYet", area, Dates.show(registered)));
                }
            }
            out.row(row, code, area, address.isEmpty() ? null : address, registered);
            if (row % 1000 == 0) {
                progress.read(source.rowsRead(), source.fraction());
            }
        }

        private Optional<Problem> checkArea(String area) {
            Optional<UnitView> unit = areas.area(area, req.on());
            if (unit.isEmpty()) {
                return Optional.of(Problem.of("registry.area.unknown", area));
            }
            if (!req.scope().canManage(unit.get().path())) {
                return Optional.of(Problem.of("registry.area.outOfScope", area));
            }
            return Optional.empty();
        }
    }

    private static final class PersonRows extends Rows {
        private final Errors errors;
        private final ImportProgress progress;
        private final LocalDate today;
        private final EthnicGroups ethnicGroups;

        PersonRows(Errors errors, ImportProgress progress, LocalDate today, EthnicGroups ethnicGroups) {
            this.ethnicGroups = ethnicGroups;
            this.errors = errors;
            this.progress = progress;
            this.today = today;
        }

        @Override
        public boolean header(long row, List<String> titles) {
            at = columns(Layout.PERSONS, row, titles, Layout.PERSON_COLUMNS, errors);
            return at.keySet().containsAll(Layout.PERSON_COLUMNS.stream().filter(Column::required).toList());
        }

        @Override
        public void row(long row, List<String> cells) {
            String sheet = Layout.PERSONS;
            String code = PersonRules.cleanHouseholdCode(cell(cells, at, Layout.P_HOUSEHOLD));
            PersonRules.checkHouseholdCode(code).ifPresent(p -> errors.add(sheet, row, col(at, Layout.P_HOUSEHOLD), p));
            String name = PersonRules.cleanName(cell(cells, at, Layout.P_NAME));
            PersonRules.checkName(name).ifPresent(p -> errors.add(sheet, row, col(at, Layout.P_NAME), p));
            String sexText = cell(cells, at, Layout.P_SEX);
            Sex sex = Sex.parse(sexText).orElse(null);
            if (sex == null) {
                errors.add(sheet, row, col(at, Layout.P_SEX), sexText.isBlank()
                        ? Problem.of("registry.person.sex.required") : Problem.of("registry.person.sex.invalid", sexText));
            }
            String birthText = cell(cells, at, Layout.P_BIRTH);
            LocalDate birth = Dates.parse(birthText).orElse(null);
            if (birth == null && !birthText.isBlank()) {
                errors.add(sheet, row, col(at, Layout.P_BIRTH), Problem.of("registry.date.invalidValue", birthText));
            } else {
                Optional<Problem> p = PersonRules.checkBirthDate(birth, today);
                if (p.isPresent()) {
                    errors.add(sheet, row, col(at, Layout.P_BIRTH), p.get());
                    birth = null;
                }
            }
            String cccd = PersonRules.cleanCitizenId(cell(cells, at, Layout.P_CCCD));
            if (cccd != null && CitizenIdPolicy.digits(cccd, 11)) {
                cccd = "0" + cccd; // Excel drops the leading zero of a number typed without text format
            }
            if (cccd != null) {
                for (Problem p : CitizenIdPolicy.check(cccd, sex, birth)) {
                    errors.add(sheet, row, col(at, Layout.P_CCCD), p);
                }
                if (!CitizenIdPolicy.twelveDigits(cccd)) {
                    cccd = null;
                }
            }
            String ethnicity = PersonRules.cleanName(cell(cells, at, Layout.P_ETHNICITY));
            if (!ethnicity.isEmpty()) {
                // The group's code or name, accents aside ("08", "Hmong", "Mông"): one of the 54 (hole 13).
                String typed = ethnicity;
                ethnicity = ethnicGroups.canonical(typed).orElse("");
                if (ethnicity.isEmpty()) {
                    errors.add(sheet, row, col(at, Layout.P_ETHNICITY), Problem.of(
                            "registry.person.ethnicity.unknown", PersonRules.shorten(typed)));
                }
            }
            String relationText = cell(cells, at, Layout.P_RELATION);
            Relation relation = Relation.parse(relationText).orElse(null);
            if (relation == null) {
                errors.add(sheet, row, col(at, Layout.P_RELATION), relationText.isBlank()
                        ? Problem.of("registry.person.relation.required")
                        : Problem.of("registry.person.relation.invalid", relationText));
            }
            String phone = PersonRules.cleanPhone(cell(cells, at, Layout.P_PHONE));
            if (phone != null && CitizenIdPolicy.digits(phone, 9) && phone.charAt(0) != '0') {
                phone = "0" + phone;
            }
            PersonRules.checkPhone(phone).ifPresent(p -> errors.add(sheet, row, col(at, Layout.P_PHONE), p));
            out.row(row, code, name, VietnameseText.searchKey(name), sex == null ? null : sex.name(), birth, cccd,
                    ethnicity.isEmpty() ? "Kinh" : ethnicity, relation == null ? null : relation.name(), phone);
            if (row % 1000 == 0) {
                progress.read(source.rowsRead(), source.fraction());
            }
        }
    }

    // ----- checking rows against each other and the register --------------------------------------------------

    private void crossChecks(Request req, Errors errors, Labels labels) {
        jdbc.sql("create index on registry_stage_household (code)").update();
        jdbc.sql("create index on registry_stage_person (household_code)").update();
        jdbc.sql("create index on registry_stage_person (citizen_id)").update();
        jdbc.sql("analyze registry_stage_household").update();
        jdbc.sql("analyze registry_stage_person").update();
        String hs = Layout.HOUSEHOLDS;
        String ps = Layout.PERSONS;
        String hCode = labels.hCode();
        String pCode = labels.pCode();
        String pCccd = labels.pCccd();
        String pName = labels.pName();
        String pRelation = labels.pRelation();

        // The same household twice in the file.
        rows("""
                select row_no, code, first from (select row_no, code, min(row_no) over (partition by code) as first
                from registry_stage_household) x where row_no <> first order by row_no""",
                r -> errors.add(hs, r.l(0), hCode, Problem.of("registry.import.household.repeated", r.s(1), r.l(2))));
        // A household of the register that has ended.
        rows("""
                select s.row_no, s.code, h.ended_on from registry_stage_household s
                join registry_household h on h.code = s.code where h.ended_on is not null order by s.row_no""",
                r -> errors.add(hs, r.l(0), hCode, Problem.of("registry.import.household.ended", r.s(1), r.d(2))));
        rows("""
                select s.row_no, s.household_code, h.ended_on from registry_stage_person s
                join registry_household h on h.code = s.household_code
                where h.ended_on is not null and not exists (select 1 from registry_stage_household x
                                                             where x.code = s.household_code)
                order by s.row_no""",
                r -> errors.add(ps, r.l(0), pCode, Problem.of("registry.import.household.ended", r.s(1), r.d(2))));
        // A person of a household that is neither in the file nor in the register.
        rows("""
                select s.row_no, s.household_code from registry_stage_person s
                where s.household_code <> ''
                  and not exists (select 1 from registry_stage_household h where h.code = s.household_code)
                  and not exists (select 1 from registry_household h where h.code = s.household_code)
                order by s.row_no""",
                r -> errors.add(ps, r.l(0), pCode, Problem.of("registry.import.household.unknown", r.s(1))));
        // Households of the register the user may not change (their current area is outside his scope).
        Map<String, Boolean> allowed = new HashMap<>();
        rows("""
                select x.row_no, x.code, l.area_code, x.sheet from (
                    select row_no, code, 1 as sheet from registry_stage_household
                    union all select row_no, household_code, 2 from registry_stage_person) x
                join registry_household h on h.code = x.code
                join lateral (select area_code from registry_household_location where household_id = h.id
                              order by valid_from desc limit 1) l on true
                order by x.sheet, x.row_no""",
                r -> {
                    String area = r.s(2);
                    boolean ok = allowed.computeIfAbsent(area, a -> areas.canManage(req.scope(), a, req.on()));
                    if (!ok) {
                        boolean household = r.l(3) == 1;
                        errors.add(household ? hs : ps, r.l(0), household ? hCode : pCode,
                                Problem.of("registry.import.household.outOfScope", r.s(1), area));
                    }
                });
        // The same CCCD twice in the file; the same person without CCCD twice in a household.
        rows("""
                select row_no, citizen_id, first from (select row_no, citizen_id,
                       min(row_no) over (partition by citizen_id) as first
                from registry_stage_person where citizen_id is not null) x where row_no <> first order by row_no""",
                r -> errors.add(ps, r.l(0), pCccd, Problem.of("registry.import.cccd.repeated", r.s(1), r.l(2))));
        rows("""
                select row_no, full_name, first from (select row_no, full_name,
                       min(row_no) over (partition by household_code, search_key, birth_date) as first
                from registry_stage_person where citizen_id is null and search_key <> '') x
                where row_no <> first order by row_no""",
                r -> errors.add(ps, r.l(0), pName, Problem.of("registry.import.person.repeated", r.s(1), r.l(2))));
        if (errors.count() > 0) {
            return;
        }
        resolvePersons();
        // A CCCD held by a person of another household, or by a person who has died.
        rows("""
                select s.row_no, s.citizen_id, p.full_name, h.code, p.died_on, l.area_code
                from registry_stage_person s
                join registry_person p on p.id = s.person_id
                left join registry_membership m on m.person_id = p.id and m.valid_to is null
                left join registry_household h on h.id = m.household_id
                left join lateral (select area_code from registry_household_location
                                   where household_id = coalesce(h.id, (select m2.household_id
                                       from registry_membership m2 where m2.person_id = p.id
                                       order by m2.valid_from desc limit 1))
                                   order by valid_from desc limit 1) l on true
                where (h.code is not null and h.code <> s.household_code) or p.died_on is not null
                order by s.row_no""",
                r -> {
                    String area = r.s(5);
                    boolean visible = area == null ? req.scope().everything()
                            : allowed.computeIfAbsent("view:" + area,
                                    a -> areas.canView(req.scope(), area, req.on()));
                    // A holder outside the user's units is not named: the commune that holds him resolves it.
                    errors.add(ps, r.l(0), pCccd, !visible ? Problem.of("registry.cccd.heldElsewhere", r.s(1))
                            : r.get(4) != null ? Problem.of("registry.cccd.heldByDead", r.s(1), r.s(2), r.d(4))
                            : Problem.of("registry.cccd.held", r.s(1), r.s(2), r.s(3)));
                });
        // Exactly one head per household once the file is applied.
        rows("""
                select row_no, household_code, first from (select row_no, household_code,
                       min(row_no) over (partition by household_code) as first
                from registry_stage_person where relation = 'HEAD') x where row_no <> first order by row_no""",
                r -> errors.add(ps, r.l(0), pRelation, Problem.of("registry.import.head.repeated", r.s(1), r.l(2))));
        rows("""
                with codes as (select code from registry_stage_household
                               union select household_code from registry_stage_person),
                file_heads as (select household_code as code, min(row_no) as head_row from registry_stage_person
                               where relation = 'HEAD' group by household_code),
                kept_heads as (select h.code, min(p.full_name) as head_name from registry_household h
                               join registry_membership m on m.household_id = h.id and m.valid_to is null
                                    and m.relation = 'HEAD'
                               join registry_person p on p.id = m.person_id
                               where h.code in (select code from codes)
                                 and not exists (select 1 from registry_stage_person s where s.person_id = m.person_id)
                               group by h.code)
                select c.code, f.head_row, k.head_name,
                       (select min(row_no) from registry_stage_household where code = c.code) as household_row,
                       (select min(row_no) from registry_stage_person where household_code = c.code) as person_row
                from codes c left join file_heads f on f.code = c.code left join kept_heads k on k.code = c.code
                where (f.head_row is null) = (k.head_name is null)
                order by 4 nulls last, 5""",
                r -> {
                    if (r.get(1) != null) {
                        errors.add(ps, r.l(1), pRelation, Problem.of("registry.import.head.kept", r.s(0), r.s(2)));
                    } else if (r.get(3) != null) {
                        errors.add(hs, r.l(3), hCode, Problem.of("registry.import.head.none", r.s(0)));
                    } else {
                        errors.add(ps, r.l(4), pRelation, Problem.of("registry.import.head.none", r.s(0)));
                    }
                });
    }

    /** Matches each person row to a person of the register: by CCCD, else by name and birth date in the household. */
    private void resolvePersons() {
        jdbc.sql("""
                update registry_stage_person s set person_id = p.id
                from registry_person p where s.citizen_id is not null and p.citizen_id = s.citizen_id""").update();
        jdbc.sql("""
                update registry_stage_person s set person_id = x.person_id
                from (select distinct on (h.code, p.search_key, p.birth_date) h.code, p.search_key, p.birth_date,
                             p.id as person_id, p.citizen_id
                      from registry_household h
                      join registry_membership m on m.household_id = h.id and m.valid_to is null
                      join registry_person p on p.id = m.person_id
                      where h.code in (select household_code from registry_stage_person where person_id is null)
                      order by h.code, p.search_key, p.birth_date, p.id) x
                where s.person_id is null and x.code = s.household_code and x.search_key = s.search_key
                  and x.birth_date = s.birth_date and (s.citizen_id is null or x.citizen_id is null)""").update();
    }

    // ----- planning and merging -------------------------------------------------------------------------------

    /**
     * Decides what each row does, in two temporary tables built by single joins: new or existing household (new ones
     * get their id now, for a real import), a new address or area; new or existing person, changed or not, his
     * current membership. A dry run counts from the plan; a real import applies it. Returns households added,
     * updated, persons added, updated.
     */
    private int[] plan(Request req) {
        Date d = Date.valueOf(req.on());
        boolean real = !req.dryRun();
        jdbc.sql("""
                create temporary table registry_plan_household on commit drop as
                select s.row_no, s.code, s.area_code, s.address, coalesce(s.registered_on, :d) as started_on,
                       h.id is null as is_new,
                       coalesce(h.id, case when :real then nextval(pg_get_serial_sequence('registry_household', 'id'))
                                      end) as household_id,
                       l.id as location_id, l.valid_from as location_from, l.area_code as old_area,
                       h.id is not null and s.address is not null and s.address <> h.address as new_address,
                       h.id is not null and l.area_code <> s.area_code as moved
                from registry_stage_household s
                left join registry_household h on h.code = s.code
                left join registry_household_location l on l.household_id = h.id and l.valid_to is null""")
                .param("d", d).param("real", real).update();
        jdbc.sql("create index on registry_plan_household (code)").update();
        jdbc.sql("analyze registry_plan_household").update();
        jdbc.sql("""
                create temporary table registry_plan_person on commit drop as
                select s.row_no, s.full_name, s.search_key, s.sex, s.birth_date, s.citizen_id, s.ethnicity,
                       s.relation, s.phone, s.person_id is null as is_new,
                       coalesce(s.person_id, case when :real then nextval(pg_get_serial_sequence('registry_person', 'id'))
                                             end) as person_id,
                       coalesce(h.id, ph.household_id) as household_id,
                       coalesce(ph.is_new, false) as new_household, ph.started_on as household_started,
                       p.id is not null and (p.full_name <> s.full_name or p.sex <> s.sex
                           or p.birth_date <> s.birth_date
                           or p.citizen_id is distinct from coalesce(s.citizen_id, p.citizen_id)
                           or p.ethnicity <> s.ethnicity or p.phone is distinct from coalesce(s.phone, p.phone))
                           as changed,
                       m.id as membership_id, m.relation as membership_relation, m.valid_from as membership_from,
                       case when s.person_id is not null and m.id is null then
                           (select max(x.valid_to) from registry_membership x where x.person_id = s.person_id)
                       end as last_to
                from registry_stage_person s
                left join registry_household h on h.code = s.household_code
                left join registry_plan_household ph on ph.code = s.household_code
                left join registry_person p on p.id = s.person_id
                left join registry_membership m on m.person_id = s.person_id and m.valid_to is null""")
                .param("real", real).update();
        jdbc.sql("analyze registry_plan_person").update();
        int added = count("select count(*) from registry_plan_household where is_new");
        int personsAdded = count("select count(*) from registry_plan_person where is_new");
        int personsUpdated = count("""
                select count(*) from registry_plan_person where not is_new
                and (changed or membership_id is null or relation <> membership_relation)""");
        int householdsUpdated = count("""
                select count(*) from (
                    select household_id from registry_plan_household where new_address or moved
                    union select household_id from registry_plan_person
                    where not new_household and (is_new or changed or membership_id is null
                                                 or relation <> membership_relation)) x""");
        return new int[] {added, householdsUpdated, personsAdded, personsUpdated};
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    /** Applies the plan with set-based statements (one per kind of change). */
    private void merge(Request req) {
        Date d = Date.valueOf(req.on());
        String by = req.actor();
        String note = "Nhập từ tệp " + req.fileName();
        Timer timer = new Timer();
        // New households, where they live, their registration.
        jdbc.sql("""
                insert into registry_household (id, code, address, started_on)
                select household_id, code, coalesce(address, ''), started_on from registry_plan_household
                where is_new""").update();
        jdbc.sql("""
                insert into registry_household_location (household_id, area_code, valid_from)
                select household_id, area_code, started_on from registry_plan_household where is_new""").update();
        jdbc.sql("""
                insert into registry_event (household_id, kind, occurred_on, area_code, note, recorded_by)
                select household_id, 'REGISTERED', started_on, area_code, :note, :by from registry_plan_household
                where is_new""").param("note", note).param("by", by).update();
        timer.mark("households");
        // Households of the register: a new address, a move to another area (in place when it moved in today).
        jdbc.sql("""
                update registry_household h set address = c.address, updated_at = now()
                from registry_plan_household c where c.household_id = h.id and c.new_address""").update();
        jdbc.sql("""
                update registry_household_location l set area_code = c.area_code
                from registry_plan_household c where c.location_id = l.id and c.moved and c.location_from = :d""")
                .param("d", d).update();
        jdbc.sql("""
                update registry_household_location l set valid_to = :d
                from registry_plan_household c where c.location_id = l.id and c.moved and c.location_from < :d""")
                .param("d", d).update();
        jdbc.sql("""
                insert into registry_household_location (household_id, area_code, valid_from)
                select household_id, area_code, :d from registry_plan_household where moved and location_from < :d""")
                .param("d", d).update();
        jdbc.sql("""
                insert into registry_event (household_id, kind, occurred_on, area_code, note, recorded_by)
                select household_id, 'MOVED', :d, area_code, 'Từ ' || old_area || ' đến ' || area_code || ' ('
                       || :note || ')', :by
                from registry_plan_household where moved""").param("d", d).param("note", note).param("by", by)
                .update();
        timer.mark("moves");
        // Persons: new ones, changed ones (a blank CCCD or phone in the file keeps the register's).
        jdbc.sql("""
                insert into registry_person (id, full_name, search_key, sex, birth_date, citizen_id, ethnicity, phone)
                select person_id, full_name, search_key, sex, birth_date, citizen_id, ethnicity, phone
                from registry_plan_person where is_new""").update();
        timer.mark("persons added");
        jdbc.sql("""
                update registry_person p set full_name = s.full_name, search_key = s.search_key, sex = s.sex,
                       birth_date = s.birth_date, citizen_id = coalesce(s.citizen_id, p.citizen_id),
                       ethnicity = s.ethnicity, phone = coalesce(s.phone, p.phone), updated_at = now()
                from registry_plan_person s where s.person_id = p.id and s.changed""").update();
        timer.mark("persons updated");
        // Memberships: persons not in a household join theirs; a new relation closes the row and opens another.
        jdbc.sql("""
                insert into registry_membership (person_id, household_id, relation, valid_from, joined_by)
                select person_id, household_id, relation,
                       case when new_household
                            then greatest(household_started, birth_date, coalesce(last_to, household_started))
                            else greatest(:d, birth_date, coalesce(last_to, :d)) end,
                       'IMPORTED'
                from registry_plan_person where membership_id is null""").param("d", d).update();
        timer.mark("memberships added");
        jdbc.sql("""
                update registry_membership m set relation = s.relation
                from registry_plan_person s where s.membership_id = m.id and s.relation <> s.membership_relation
                  and s.membership_from >= :d""").param("d", d).update();
        jdbc.sql("""
                update registry_membership m set valid_to = :d, left_by = 'RELATION'
                from registry_plan_person s where s.membership_id = m.id and s.relation <> s.membership_relation
                  and s.membership_from < :d""").param("d", d).update();
        jdbc.sql("""
                insert into registry_membership (person_id, household_id, relation, valid_from, joined_by)
                select person_id, household_id, relation, :d, 'RELATION' from registry_plan_person
                where membership_id is not null and relation <> membership_relation and membership_from < :d""")
                .param("d", d).update();
        // History of the households of the register that the file changed.
        jdbc.sql("""
                insert into registry_event (household_id, person_id, kind, occurred_on, note, recorded_by)
                select household_id, person_id, 'JOINED', :d, :note, :by from registry_plan_person
                where membership_id is null and not new_household""")
                .param("d", d).param("note", note).param("by", by).update();
        jdbc.sql("""
                insert into registry_event (household_id, kind, occurred_on, note, recorded_by)
                select household_id, 'IMPORTED', :d, :note, :by from (
                    select household_id from registry_plan_household where new_address or moved
                    union select household_id from registry_plan_person
                    where not new_household and (is_new or changed or membership_id is null
                                                 or relation <> membership_relation)) x""")
                .param("d", d).param("note", note).param("by", by).update();
        timer.mark("relations and events");
        log.info("Import {} merge steps: {}", req.id(), timer);
    }

    // ----- small helpers ----------------------------------------------------------------------------------------

    /** Milliseconds between marks, for the log. */
    private static final class Timer {
        private final StringBuilder out = new StringBuilder();
        private long last = System.nanoTime();

        void mark(String label) {
            long now = System.nanoTime();
            out.append(label).append(' ').append((now - last) / 1_000_000).append(" ms; ");
            last = now;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    /** A result row read by position. */
    private record R(Object[] values) {
        Object get(int i) {
            return values[i];
        }

        String s(int i) {
            return values[i] == null ? "" : values[i].toString();
        }

        long l(int i) {
            return ((Number) values[i]).longValue();
        }

        String d(int i) {
            Object v = values[i];
            return v instanceof Date date ? Dates.show(date.toLocalDate()) : String.valueOf(v);
        }
    }

    private void rows(String sql, java.util.function.Consumer<R> each) {
        jdbc.sql(sql + " limit " + (MAX_ERRORS + 1)).query((rs, i) -> {
            int n = rs.getMetaData().getColumnCount();
            Object[] v = new Object[n];
            for (int c = 0; c < n; c++) {
                v[c] = rs.getObject(c + 1);
            }
            each.accept(new R(v));
            return null;
        }).list();
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** Bad rows: all counted, the first {@link #MAX_ERRORS} kept with their message in the user's language. */
    private final class Errors {
        final List<RowError> list = new ArrayList<>();
        private final Locale locale;
        private long count;

        Errors(Locale locale) {
            this.locale = locale;
        }

        void add(String sheet, long row, String column, Problem p) {
            count++;
            if (list.size() < MAX_ERRORS) {
                list.add(new RowError(sheet, row, column, text(locale, p.key(), p.argArray())));
            }
        }

        long count() {
            return count;
        }
    }
}
