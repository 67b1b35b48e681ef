/**
 * The registers the campaign counts over: households (hộ gia đình) and their members (nhân khẩu) with their history,
 * and the organisations, public places and streets of each commune. A household lives in a residential area of the
 * territory module; where it lived and who belonged to it are kept with dates, so counts "as of" any date are right
 * and each record keeps the unit it belonged to then. Rural or urban follows from the area's unit type. Officers
 * see and change only what lies in their unit scope; CCCD, date of birth and phone are shown only inside it.
 * Bulk import from Excel/CSV (dry run, then all or nothing), accent-insensitive search, de-duplication.
 * Depends on {@code shared} and on the public API of {@code territory}.
 *
 * <p>Glossary: hộ gia đình – household ({@code Household}); chủ hộ – head of household; nhân khẩu – a person living
 * in a household ({@code Person}); quan hệ với chủ hộ – relation to the head ({@code Relation}); mã hộ – household
 * code; CCCD (căn cước công dân) / số định danh cá nhân – the 12-digit citizen ID ({@code citizenId}); dân tộc –
 * ethnicity; chuyển đi / chuyển đến – move out / in; tách hộ – household split; khai sinh / khai tử – birth / death
 * registration; khu dân cư – residential area; cơ quan, đơn vị – agencies and units of the state
 * ({@code Organisation}); trường học – school; doanh nghiệp – enterprise; điểm công cộng – public place;
 * tuyến đường – street; nhập dữ liệu – import; chạy thử – dry run; trùng lặp – duplicate.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "territory"})
package vn.chungsuc.registry;
