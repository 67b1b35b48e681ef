package vn.chungsuc.territory.domain;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.web.VnFormat;
import vn.chungsuc.territory.GsoImport;
import vn.chungsuc.territory.ImportProblem;
import vn.chungsuc.territory.ImportRejected;
import vn.chungsuc.territory.ImportResult;
import vn.chungsuc.territory.LineageKind;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitType;
import vn.chungsuc.territory.UnitView;
import vn.chungsuc.territory.UnitsImported;

/**
 * Imports a GSO catalogue file in two passes: first every entry is checked (shape, type, parent on the date) and
 * any fault refuses the whole file; then the differences with the versions valid on the date are written in
 * batches. The whole import is one transaction with one audit entry.
 */
@Service
class GsoImporter implements GsoImport {

    /** Enough to fix a file in one go without flooding the answer. */
    static final int MAX_PROBLEMS = 50;

    private final VersionStore versions;
    private final LineageStore lineage;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final VnFormat fmt = new VnFormat();

    GsoImporter(VersionStore versions, LineageStore lineage, AuditLog audit, ApplicationEventPublisher events,
            JsonMapper json) {
        this.versions = versions;
        this.lineage = lineage;
        this.audit = audit;
        this.events = events;
        this.json = json;
    }

    @Override
    @Transactional
    public ImportResult importFile(InputStream file, LocalDate validFrom) {
        GsoFile.Content content = GsoFile.read(file, json);
        List<ImportProblem> problems = new ArrayList<>(content.problems());
        if (problems.isEmpty() && content.entries().isEmpty()) {
            problems.add(ImportProblem.of(null, null, "territory.import.error.empty"));
        }
        if (!problems.isEmpty()) {
            throw rejected(problems);
        }
        GsoFile.Entry first = content.entries().get(0);
        UnitLevel level = levelOf(first);
        if (level == null) {
            throw rejected(List.of(ImportProblem.of(first.key(), "code", "territory.import.error.kind",
                    String.valueOf(first.code()))));
        }

        List<Candidate> candidates = check(content.entries(), level, validFrom, problems);
        if (!problems.isEmpty()) {
            throw rejected(problems);
        }
        return write(candidates, level, validFrom);
    }

    /** A checked entry: the version the file asks for from the import date. */
    private record Candidate(String key, UnitView wanted) {
    }

    /** Which file it is: provinces have 2-digit codes, districts 3, communes 5. */
    private static UnitLevel levelOf(GsoFile.Entry entry) {
        String code = entry.code() == null ? entry.key() : entry.code();
        for (UnitLevel level : List.of(UnitLevel.PROVINCE, UnitLevel.DISTRICT, UnitLevel.COMMUNE)) {
            if (UnitCodes.official(level, code)) {
                return level;
            }
        }
        return null;
    }

    private List<Candidate> check(List<GsoFile.Entry> entries, UnitLevel level, LocalDate validFrom,
            List<ImportProblem> problems) {
        UnitLevel parentLevel = UnitLevel.ofDepth(level.depth() - 1);
        Set<String> parentCodes = new LinkedHashSet<>();
        for (GsoFile.Entry e : entries) {
            parentCodes.add(level == UnitLevel.PROVINCE ? TerritoryQueries.COUNTRY : e.parentCode());
        }
        parentCodes.remove(null);
        Map<String, StoredVersion> parents = versions.atMany(parentCodes, validFrom);

        List<Candidate> candidates = new ArrayList<>(entries.size());
        for (GsoFile.Entry e : entries) {
            int before = problems.size();
            String code = e.code();
            if (code == null || code.isBlank()) {
                problems.add(ImportProblem.of(e.key(), "code", "territory.import.error.missing"));
            } else if (!code.equals(e.key())) {
                problems.add(ImportProblem.of(e.key(), "code", "territory.import.error.codeMismatch", code, e.key()));
            } else if (!UnitCodes.official(level, code)) {
                problems.add(ImportProblem.of(e.key(), "code", "territory.import.error.codeFormat", code,
                        digits(level)));
            }
            String name = Names.normalise(e.name());
            if (name.isEmpty()) {
                problems.add(ImportProblem.of(e.key(), "name", e.name() == null
                        ? "territory.import.error.missing" : "territory.import.error.blank"));
            }
            UnitType type = UnitType.fromGso(level, e.type()).orElse(null);
            if (type == null) {
                problems.add(e.type() == null
                        ? ImportProblem.of(e.key(), "type", "territory.import.error.missing")
                        : ImportProblem.of(e.key(), "type", "territory.import.error.type", e.type(), gsoTypes(level)));
            }
            StoredVersion parent = null;
            if (level == UnitLevel.PROVINCE) {
                parent = parents.get(TerritoryQueries.COUNTRY);
                if (parent == null) {
                    problems.add(ImportProblem.of(e.key(), "parent_code", "territory.import.error.noParent",
                            TerritoryQueries.COUNTRY, fmt.date(validFrom)));
                }
            } else if (e.parentCode() == null || e.parentCode().isBlank()) {
                problems.add(ImportProblem.of(e.key(), "parent_code", "territory.import.error.missing"));
            } else if (!UnitCodes.official(parentLevel, e.parentCode())) {
                problems.add(ImportProblem.of(e.key(), "parent_code", "territory.import.error.codeFormat",
                        e.parentCode(), digits(parentLevel)));
            } else {
                parent = parents.get(e.parentCode());
                if (parent == null) {
                    problems.add(ImportProblem.of(e.key(), "parent_code", "territory.import.error.noParent",
                            e.parentCode(), fmt.date(validFrom)));
                } else if (parent.view().level() != parentLevel) {
                    problems.add(ImportProblem.of(e.key(), "parent_code", "territory.import.error.parentLevel",
                            e.parentCode()));
                }
            }
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
            if (problems.size() == before && parent != null) {
                candidates.add(new Candidate(e.key(), new UnitView(code, name, type, parent.code(),
                        parent.path() + code + "/", validFrom, null)));
            }
        }
        return candidates;
    }

    private ImportResult write(List<Candidate> candidates, UnitLevel level, LocalDate validFrom) {
        Map<String, List<StoredVersion>> existing = versions.allOfLevel(level);
        VersionChanges changes = new VersionChanges();
        List<String> newCodes = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> renamed = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        int added = 0;
        int unchanged = 0;
        for (Candidate c : candidates) {
            UnitView wanted = c.wanted();
            List<StoredVersion> history = existing.getOrDefault(wanted.code(), List.of());
            StoredVersion current = history.stream().filter(v -> v.validOn(validFrom)).findFirst().orElse(null);
            if (current == null) {
                // New, or back after a gap: valid until the unit's next recorded version, if any.
                LocalDate until = history.stream().map(v -> v.view().validFrom()).filter(d -> d.isAfter(validFrom))
                        .findFirst().orElse(null);
                changes.insert(new UnitView(wanted.code(), wanted.name(), wanted.type(), wanted.parentCode(),
                        wanted.path(), validFrom, until));
                if (history.isEmpty()) {
                    newCodes.add(wanted.code());
                }
                added++;
            } else if (current.sameAs(wanted)) {
                unchanged++;
            } else {
                changes.supersede(current, wanted, validFrom);
                changed.add(wanted.code());
                if (!current.view().name().equals(wanted.name()) || current.view().type() != wanted.type()) {
                    renamed.add(wanted.code());
                }
                if (!java.util.Objects.equals(current.view().parentCode(), wanted.parentCode())) {
                    moved.add(wanted.code());
                }
            }
        }
        versions.insertUnits(newCodes);
        versions.apply(changes);
        String note = "Theo danh mục đơn vị hành chính (GSO) nhập với hiệu lực từ " + fmt.date(validFrom);
        if (!renamed.isEmpty()) {
            lineage.record(LineageKind.RENAME, validFrom, null, note,
                    renamed.stream().map(c -> new LineageStore.NewLink(c, c)).toList());
        }
        if (!moved.isEmpty()) {
            lineage.record(LineageKind.MOVE, validFrom, null, note,
                    moved.stream().map(c -> new LineageStore.NewLink(c, c)).toList());
        }
        ImportResult result = new ImportResult(level, validFrom, candidates.size(), added, changed.size(), unchanged,
                List.copyOf(changed));
        Map<String, Object> auditValue = new LinkedHashMap<>();
        auditValue.put("level", level);
        auditValue.put("validFrom", validFrom);
        auditValue.put("total", result.total());
        auditValue.put("added", added);
        auditValue.put("changed", changed.size());
        auditValue.put("unchanged", unchanged);
        auditValue.put("changedCodes", changed.size() > 1000 ? changed.subList(0, 1000) : changed);
        audit.record("IMPORT", ReorganisationService.AUDIT_TYPE, level.name(),
                "Nhập danh mục GSO (" + level.name() + ", hiệu lực từ " + fmt.date(validFrom) + "): thêm " + added
                        + ", thay đổi " + changed.size() + ", giữ nguyên " + unchanged,
                null, auditValue);
        events.publishEvent(new UnitsImported(level, validFrom, added, changed.size(), unchanged,
                List.copyOf(changed)));
        return result;
    }

    private static String digits(UnitLevel level) {
        return switch (level) {
            case PROVINCE -> "2";
            case DISTRICT -> "3";
            default -> "5";
        };
    }

    private static String gsoTypes(UnitLevel level) {
        return switch (level) {
            case PROVINCE -> "tinh, thanh-pho";
            case DISTRICT -> "quan, huyen, thi-xa, thanh-pho";
            default -> "xa, phuong, thi-tran, dac-khu";
        };
    }

    private static ImportRejected rejected(List<ImportProblem> problems) {
        return new ImportRejected(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
    }
}
