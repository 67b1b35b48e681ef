package vn.chungsuc.territory.domain;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * any fault refuses the whole file; then the differences with the versions valid on the date are worked out and,
 * unless it is a preview, written in batches. The whole import is one transaction with one audit entry.
 *
 * <p>A catalogue is a snapshot: an entry for a unit that a recorded merger, split or dissolution has ended says only
 * that the catalogue predates the event. Such entries are reported and left alone rather than refusing the file,
 * because the rest of the file is still right and the recorded event, with its legal basis, is the better source.
 */
@Service
class GsoImporter implements GsoImport {

    /** Enough to fix a file in one go without flooding the answer. */
    static final int MAX_PROBLEMS = 50;

    private final VersionStore versions;
    private final LineageStore lineage;
    private final CatalogueStore catalogues;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final VnFormat fmt = new VnFormat();

    GsoImporter(VersionStore versions, LineageStore lineage, CatalogueStore catalogues, AuditLog audit,
            ApplicationEventPublisher events, JsonMapper json) {
        this.versions = versions;
        this.lineage = lineage;
        this.catalogues = catalogues;
        this.audit = audit;
        this.events = events;
        this.json = json;
    }

    @Override
    @Transactional
    public ImportResult importFile(InputStream file, LocalDate validFrom) {
        return run(file, validFrom, true);
    }

    @Override
    @Transactional(readOnly = true)
    public ImportResult preview(InputStream file, LocalDate validFrom) {
        return run(file, validFrom, false);
    }

    private ImportResult run(InputStream file, LocalDate validFrom, boolean write) {
        Objects.requireNonNull(validFrom, "A catalogue import needs the date the catalogue is valid from");
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

        Map<String, List<StoredVersion>> existing = versions.allOfLevel(level);
        Map<String, ImportResult.Skipped> ended = endedByEvents(content.entries(), level, existing, validFrom);
        List<Candidate> candidates = check(content.entries(), level, validFrom, ended.keySet(), problems);
        if (!problems.isEmpty()) {
            throw rejected(problems);
        }
        Plan plan = plan(candidates, existing, validFrom);
        ImportResult result = new ImportResult(level, validFrom, !write, content.entries().size(), plan.added,
                plan.changed.size(), plan.unchanged, plan.changed, List.copyOf(ended.values()));
        if (write) {
            write(plan, result);
        }
        return result;
    }

    /** A checked entry: the version the file asks for from the import date. */
    private record Candidate(String key, UnitView wanted) {
    }

    /** What the import will write. */
    private static final class Plan {
        final VersionChanges changes = new VersionChanges();
        final List<String> newCodes = new ArrayList<>();
        final List<String> changed = new ArrayList<>();
        final List<String> renamed = new ArrayList<>();
        final List<String> moved = new ArrayList<>();
        int added;
        int unchanged;
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

    /**
     * The entries whose unit has no version on the date because a recorded merger, split or dissolution ended it:
     * its last version before the date closed on the day of that event.
     */
    private Map<String, ImportResult.Skipped> endedByEvents(List<GsoFile.Entry> entries, UnitLevel level,
            Map<String, List<StoredVersion>> existing, LocalDate validFrom) {
        Map<String, StoredVersion> lastBefore = new LinkedHashMap<>();
        for (GsoFile.Entry e : entries) {
            if (e.code() == null || !e.code().equals(e.key()) || !UnitCodes.official(level, e.code())) {
                continue;
            }
            List<StoredVersion> history = existing.getOrDefault(e.code(), List.of());
            if (history.stream().anyMatch(v -> v.validOn(validFrom))) {
                continue;
            }
            history.stream()
                    .filter(v -> v.view().validTo() != null && !v.view().validTo().isAfter(validFrom))
                    .reduce((a, b) -> b)
                    .ifPresent(v -> lastBefore.put(e.code(), v));
        }
        Map<String, LineageStore.Ending> endings = lineage.endings(lastBefore.keySet(), validFrom);
        Map<String, ImportResult.Skipped> ended = new LinkedHashMap<>();
        lastBefore.forEach((code, last) -> {
            LineageStore.Ending ending = endings.get(code);
            if (ending != null && ending.effectiveOn().equals(last.view().validTo())) {
                ended.put(code, new ImportResult.Skipped(code, last.view().fullName(), ending.kind(),
                        ending.effectiveOn(), ending.eventId()));
            }
        });
        return ended;
    }

    private List<Candidate> check(List<GsoFile.Entry> entries, UnitLevel level, LocalDate validFrom,
            Set<String> ended, List<ImportProblem> problems) {
        Set<UnitLevel> parentLevels = parentLevels(level, validFrom);
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
            // An entry for a unit a recorded event ended is left alone; its parent (often ended by the same
            // reorganisation) is not looked for.
            StoredVersion parent = code != null && ended.contains(code) ? null
                    : parent(e, level, parentLevels, parents, validFrom, problems);
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

    /** The parent the entry names, as it is on the date; null, with the problem noted, when there is none. */
    private StoredVersion parent(GsoFile.Entry e, UnitLevel level, Set<UnitLevel> parentLevels,
            Map<String, StoredVersion> parents, LocalDate validFrom, List<ImportProblem> problems) {
        if (level == UnitLevel.PROVINCE) {
            StoredVersion country = parents.get(TerritoryQueries.COUNTRY);
            if (country == null) {
                problems.add(ImportProblem.of(e.key(), "parent_code", "territory.import.error.noParent",
                        TerritoryQueries.COUNTRY, fmt.date(validFrom)));
            }
            return country;
        }
        if (e.parentCode() == null || e.parentCode().isBlank()) {
            problems.add(ImportProblem.of(e.key(), "parent_code", "territory.import.error.missing"));
            return null;
        }
        if (parentLevels.stream().noneMatch(l -> UnitCodes.official(l, e.parentCode()))) {
            problems.add(parentLevels.size() > 1
                    ? ImportProblem.of(e.key(), "parent_code", "territory.import.error.parentCodeTwoTier",
                            e.parentCode(), fmt.date(UnitLevel.TWO_TIER_FROM))
                    : ImportProblem.of(e.key(), "parent_code", "territory.import.error.codeFormat",
                            e.parentCode(), digits(parentLevels.iterator().next())));
            return null;
        }
        StoredVersion parent = parents.get(e.parentCode());
        if (parent == null) {
            problems.add(ImportProblem.of(e.key(), "parent_code", "territory.import.error.noParent",
                    e.parentCode(), fmt.date(validFrom)));
            return null;
        }
        if (!parentLevels.contains(parent.view().level())) {
            problems.add(ImportProblem.of(e.key(), "parent_code", "territory.import.error.parentLevel",
                    e.parentCode()));
            return null;
        }
        return parent;
    }

    /**
     * The level a unit's parent has: the one right above, except that communes hang directly under their province
     * once the district level is gone (from {@link UnitLevel#TWO_TIER_FROM}; a 2025 catalogue gives them a province
     * as parent).
     */
    private static Set<UnitLevel> parentLevels(UnitLevel level, LocalDate validFrom) {
        UnitLevel above = UnitLevel.ofDepth(level.depth() - 1);
        if (level == UnitLevel.COMMUNE && !validFrom.isBefore(UnitLevel.TWO_TIER_FROM)) {
            return Set.of(UnitLevel.DISTRICT, UnitLevel.PROVINCE);
        }
        return Set.of(above);
    }

    private static Plan plan(List<Candidate> candidates, Map<String, List<StoredVersion>> existing,
            LocalDate validFrom) {
        Plan plan = new Plan();
        for (Candidate c : candidates) {
            UnitView wanted = c.wanted();
            List<StoredVersion> history = existing.getOrDefault(wanted.code(), List.of());
            StoredVersion current = history.stream().filter(v -> v.validOn(validFrom)).findFirst().orElse(null);
            if (current == null) {
                // New, or back after a gap that no recorded event explains (a catalogue dated before the unit's
                // first version): valid until the unit's next recorded version, if any.
                LocalDate until = history.stream().map(v -> v.view().validFrom()).filter(d -> d.isAfter(validFrom))
                        .findFirst().orElse(null);
                plan.changes.insert(new UnitView(wanted.code(), wanted.name(), wanted.type(), wanted.parentCode(),
                        wanted.path(), validFrom, until));
                if (history.isEmpty()) {
                    plan.newCodes.add(wanted.code());
                }
                plan.added++;
            } else if (current.sameAs(wanted)) {
                plan.unchanged++;
            } else {
                plan.changes.supersede(current, wanted, validFrom);
                plan.changed.add(wanted.code());
                if (!current.view().name().equals(wanted.name()) || current.view().type() != wanted.type()) {
                    plan.renamed.add(wanted.code());
                }
                if (!Objects.equals(current.view().parentCode(), wanted.parentCode())) {
                    plan.moved.add(wanted.code());
                }
            }
        }
        return plan;
    }

    private void write(Plan plan, ImportResult result) {
        LocalDate validFrom = result.validFrom();
        plan.changes.catalogueImportId = catalogues.record(result);
        versions.insertUnits(plan.newCodes);
        versions.apply(plan.changes);
        String note = "Theo danh mục đơn vị hành chính (GSO) nhập với hiệu lực từ " + fmt.date(validFrom);
        if (!plan.renamed.isEmpty()) {
            lineage.record(LineageKind.RENAME, validFrom, null, note,
                    plan.renamed.stream().map(c -> new LineageStore.NewLink(c, c)).toList());
        }
        if (!plan.moved.isEmpty()) {
            lineage.record(LineageKind.MOVE, validFrom, null, note,
                    plan.moved.stream().map(c -> new LineageStore.NewLink(c, c)).toList());
        }
        audit.record("IMPORT", ReorganisationService.AUDIT_TYPE, result.level().name(), summary(result), null,
                auditValue(result));
        events.publishEvent(new UnitsImported(result.level(), validFrom, result.added(), result.changed(),
                result.unchanged(), result.changedCodes()));
    }

    /** "Nhập danh mục cấp xã của GSO, hiệu lực từ 01/01/2015: 10.599 mục; thêm 0, thay đổi 0, giữ nguyên 10.599." */
    private String summary(ImportResult r) {
        StringBuilder s = new StringBuilder("Nhập danh mục ").append(levelName(r.level()))
                .append(" của GSO, hiệu lực từ ").append(fmt.date(r.validFrom())).append(": ")
                .append(fmt.number((long) r.total())).append(" mục; thêm ").append(fmt.number((long) r.added()))
                .append(", thay đổi ").append(fmt.number((long) r.changed()))
                .append(", giữ nguyên ").append(fmt.number((long) r.unchanged()));
        if (!r.skipped().isEmpty()) {
            s.append(", bỏ qua ").append(r.skipped().size()).append(" đơn vị đã kết thúc theo sự kiện đã ghi nhận");
        }
        return s.append('.').toString();
    }

    /** A flat object: every value a scalar or a list of texts, so the audit log shows it field by field. */
    private Map<String, Object> auditValue(ImportResult r) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("level", r.level().name());
        value.put("validFrom", r.validFrom());
        value.put("total", r.total());
        value.put("added", r.added());
        value.put("changed", r.changed());
        value.put("unchanged", r.unchanged());
        List<String> codes = r.changedCodes();
        value.put("changedCodes", codes.size() > 1000 ? codes.subList(0, 1000) : codes);
        value.put("skipped", r.skipped().stream()
                .map(s -> s.fullName() + " (" + s.code() + "): " + eventName(s.endedBy()) + " ngày "
                        + fmt.date(s.endedOn()))
                .toList());
        return value;
    }

    private static String levelName(UnitLevel level) {
        return switch (level) {
            case PROVINCE -> "cấp tỉnh";
            case DISTRICT -> "cấp huyện";
            default -> "cấp xã";
        };
    }

    private static String eventName(LineageKind kind) {
        return switch (kind) {
            case MERGE -> "sáp nhập";
            case SPLIT -> "chia tách";
            case DISSOLVE -> "giải thể";
            default -> kind.name();
        };
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
