package vn.chungsuc.registry.web;

import org.springframework.security.access.prepost.PreAuthorize;
import vn.chungsuc.registry.RegistryPermissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chungsuc.registry.domain.Areas;
import vn.chungsuc.registry.domain.HouseholdCommands;
import vn.chungsuc.registry.domain.HouseholdDetail;
import vn.chungsuc.registry.domain.HouseholdRow;
import vn.chungsuc.registry.domain.Households;
import vn.chungsuc.registry.domain.MemberRow;
import vn.chungsuc.registry.domain.Organisations.Table;
import vn.chungsuc.registry.domain.Organisations;
import vn.chungsuc.registry.domain.Page;
import vn.chungsuc.registry.importing.ImportJobs;
import vn.chungsuc.registry.importing.ImportReport;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.territory.UnitView;

/**
 * The registry's JSON API. Lists and details answer within the caller's unit scope (a household outside it is
 * "not found"); an import runs synchronously and answers its report, with Vietnamese messages.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Registry", description = "Hộ gia đình, nhân khẩu, nhập dữ liệu")
class RegistryRestController {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Households households;
    private final Areas areas;
    private final ImportJobs jobs;
    private final Organisations organisations;
    private final WebSupport web;

    private final RegistryPermissions permissions;

    RegistryRestController(Households households, Areas areas, ImportJobs jobs, Organisations organisations,
            WebSupport web, RegistryPermissions permissions) {
        this.permissions = permissions;
        this.households = households;
        this.areas = areas;
        this.jobs = jobs;
        this.organisations = organisations;
        this.web = web;
    }

    /** A household in a list: code, head's name, its residential area and commune, members, as of the date. */
    record HouseholdItem(String code, String headName, String unitCode, String unitName, String communeCode,
            String address, int memberCount) {
    }

    record HouseholdPage(List<HouseholdItem> items, long total, int page, int size, int totalPages, LocalDate asOf) {
    }

    record Member(long personId, String fullName, String sex, LocalDate birthDate, String citizenId, String phone,
            String ethnicity, String relation, LocalDate since) {
    }

    record Place(String unitCode, String unitName, LocalDate validFrom, LocalDate validTo) {
    }

    record HouseholdDetails(String code, String address, String unitCode, String unitName, String communeCode,
            String setting, String headName, LocalDate startedOn, LocalDate endedOn, List<Member> members,
            List<Place> places, LocalDate asOf) {
    }

    @GetMapping("/households")
    @Operation(summary = "Households in the caller's scope as of a date (default today); q searches head name "
            + "(accents optional), household code or a member's CCCD; unit narrows to a commune or area")
    HouseholdPage households(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String asOf, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        LocalDate date = web.asOf(asOf);
        int pageSize = Math.max(1, Math.min(size, 500));
        Page<HouseholdRow> result = households.list(q, web.filter(date, unit, null), date, Households.Sort.CODE,
                page, pageSize);
        var names = areas.areas(result.items().stream().map(HouseholdRow::areaCode).toList(), date);
        List<HouseholdItem> items = result.items().stream().map(h -> {
            UnitView a = names.get(h.areaCode());
            return new HouseholdItem(h.code(), h.headName(), h.areaCode(), a == null ? null : a.fullName(),
                    a == null ? null : a.parentCode(), h.address(), h.members());
        }).toList();
        return new HouseholdPage(items, result.total(), result.page(), pageSize, result.totalPages(), date);
    }

    @GetMapping("/households/{code}")
    @Operation(summary = "A household with its members as of a date (default today) and the places it lived")
    ResponseEntity<HouseholdDetails> household(@PathVariable String code,
            @RequestParam(defaultValue = "") String asOf) {
        HouseholdDetail h = households.detail(code).orElse(null);
        LocalDate date = web.asOf(asOf);
        if (h == null) {
            return ResponseEntity.notFound().build();
        }
        HouseholdDetail.Location place = h.locationOn(date).orElse(h.lastLocation());
        LocalDate placeDate = place.validOn(date) ? date
                : place.validTo() == null ? date : place.validTo().minusDays(1);
        if (!areas.canView(web.scope(), place.areaCode(), placeDate)) {
            return ResponseEntity.notFound().build();
        }
        UnitView area = areas.area(place.areaCode(), placeDate).orElse(null);
        // Moved out of the caller's units: the history of its time there, no current address, CCCD or phone.
        boolean current = areas.holdsNow(web.scope(), h, web.today());
        List<Member> members = h.membersOn(date).stream().map(m -> current ? member(m) : historical(m)).toList();
        List<Place> places = (current ? h.locations() : areas.visiblePlaces(web.scope(), h, web.today())).stream()
                .map(l -> new Place(l.areaCode(), areas.latest(l.areaCode()).map(UnitView::fullName).orElse(null),
                        l.validFrom(), l.validTo())).toList();
        return ResponseEntity.ok(new HouseholdDetails(h.code(), current ? h.address() : null, place.areaCode(),
                area == null ? null : area.fullName(), area == null ? null : area.parentCode(),
                area == null ? null : area.type().setting().name(),
                h.headOn(date).map(MemberRow::fullName).orElse(null), h.startedOn(), h.endedOn(), members, places,
                date));
    }

    /** A member of a household that has moved out of the caller's units: no CCCD, no phone. */
    private Member historical(MemberRow m) {
        return new Member(m.personId(), m.fullName(), m.sex().name(), m.birthDate(), null, null, m.ethnicity(),
                m.relation().name(), m.validFrom());
    }

    /** CCCD and phone masked for a user whose work does not need them (RegistryPermissions, identity.read). */
    private Member member(MemberRow m) {
        return new Member(m.personId(), m.fullName(), m.sex().name(), m.birthDate(),
                permissions.identifier(m.citizenId()), permissions.identifier(m.phone()),
                m.ethnicity(), m.relation().name(), m.validFrom());
    }

    @PostMapping(value = "/registry/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("@registryPermissions.may('household.edit')")
    @Operation(summary = "Import households and persons from the template's .xlsx, or one or two UTF-8 CSV files; "
            + "dryRun=true (the default) checks and counts without saving. All or nothing.")
    ResponseEntity<ImportReport> importFile(@RequestParam("file") List<MultipartFile> files,
            @RequestParam(defaultValue = "true") boolean dryRun) throws IOException {
        ImportReport report = jobs.runNow(jobs.save(files), dryRun, web.scope(), VIETNAMESE);
        return report.status() == ImportReport.Status.FAILED
                ? ResponseEntity.internalServerError().body(report)
                : report.ok() ? ResponseEntity.ok(report) : ResponseEntity.unprocessableEntity().body(report);
    }

    /**
     * An organisation the targets count: an agency or unit of the state (AGENCY, UNIT), a school (SCHOOL) or an
     * enterprise (ENTERPRISE), in a commune or residential area.
     */
    record OrganisationRequest(String name, String kind, String unitCode, String address, LocalDate establishedOn,
            LocalDate closedOn) {
    }

    record OrganisationItem(long id, String name, String kind, String unitCode, String address,
            LocalDate establishedOn, LocalDate closedOn) {

        static OrganisationItem of(Organisations.Item i) {
            return new OrganisationItem(i.id(), i.name(), i.kind(), i.unitCode(), i.address(), i.establishedOn(),
                    i.closedOn());
        }
    }

    record OrganisationPage(List<OrganisationItem> items, long total, int page, int size, int totalPages,
            LocalDate asOf) {
    }

    @PostMapping("/organisations")
    @Operation(summary = "Register an organisation (agency, unit, school, enterprise) in a commune or residential "
            + "area of the caller's scope; dates are ISO (yyyy-MM-dd). A refusal answers 400 naming each field.")
    ResponseEntity<OrganisationItem> createOrganisation(@RequestBody OrganisationRequest r) {
        long id = organisations.save(Table.ORGANISATION, null, new Organisations.ItemForm(r.name(), r.kind(),
                r.unitCode(), r.address(), Dates.show(r.establishedOn()), Dates.show(r.closedOn()), "", ""),
                web.scope());
        OrganisationItem saved = OrganisationItem.of(organisations.find(Table.ORGANISATION, id).orElseThrow());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + id)).body(saved);
    }

    @GetMapping("/organisations/{id}")
    @Operation(summary = "An organisation of the caller's scope")
    ResponseEntity<OrganisationItem> organisation(@PathVariable long id) {
        return organisations.find(Table.ORGANISATION, id, web.scope(), web.today())
                .map(OrganisationItem::of).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/organisations")
    @Operation(summary = "Organisations of the caller's scope open on a date (default today); q searches the name "
            + "(accents optional), kind is AGENCY, UNIT, SCHOOL or ENTERPRISE, unit narrows to a unit and below")
    OrganisationPage organisationList(@RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String asOf, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        LocalDate date = web.asOf(asOf);
        int pageSize = Math.max(1, Math.min(size, 500));
        Page<Organisations.Item> result = organisations.list(Table.ORGANISATION, q, kind, unit, false, web.scope(),
                date, page, pageSize);
        return new OrganisationPage(result.items().stream().map(OrganisationItem::of).toList(), result.total(),
                result.page(), pageSize, result.totalPages(), date);
    }

    static HouseholdCommands.NotFound notFound(String what) {
        return new HouseholdCommands.NotFound(what);
    }
}
