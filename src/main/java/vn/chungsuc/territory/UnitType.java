package vn.chungsuc.territory;

import java.util.Optional;

/**
 * What a unit is. Administrative units follow the Law on Local Government (Luật Tổ chức chính quyền địa phương
 * 2015, Điều 2; from 2025 its replacement, which adds đặc khu); residential areas follow Thông tư 04/2012/TT-BNV,
 * Điều 2 (thôn, xóm in communes; khu phố, tổ dân phố in wards and townships).
 */
public enum UnitType {
    COUNTRY(UnitLevel.COUNTRY, "", Setting.NATIONAL),
    PROVINCE(UnitLevel.PROVINCE, "Tỉnh", Setting.RURAL),
    CENTRAL_CITY(UnitLevel.PROVINCE, "Thành phố", Setting.URBAN),
    URBAN_DISTRICT(UnitLevel.DISTRICT, "Quận", Setting.URBAN),
    RURAL_DISTRICT(UnitLevel.DISTRICT, "Huyện", Setting.RURAL),
    DISTRICT_TOWN(UnitLevel.DISTRICT, "Thị xã", Setting.URBAN),
    PROVINCIAL_CITY(UnitLevel.DISTRICT, "Thành phố", Setting.URBAN),
    WARD(UnitLevel.COMMUNE, "Phường", Setting.URBAN),
    COMMUNE(UnitLevel.COMMUNE, "Xã", Setting.RURAL),
    TOWNSHIP(UnitLevel.COMMUNE, "Thị trấn", Setting.URBAN),
    SPECIAL_ZONE(UnitLevel.COMMUNE, "Đặc khu", Setting.ISLAND),
    VILLAGE(UnitLevel.RESIDENTIAL_AREA, "Thôn", Setting.RURAL),
    HAMLET(UnitLevel.RESIDENTIAL_AREA, "Xóm", Setting.RURAL),
    QUARTER(UnitLevel.RESIDENTIAL_AREA, "Khu phố", Setting.URBAN),
    RESIDENTIAL_GROUP(UnitLevel.RESIDENTIAL_AREA, "Tổ dân phố", Setting.URBAN);

    private final UnitLevel level;
    private final String label;
    private final Setting setting;

    UnitType(UnitLevel level, String label, Setting setting) {
        this.level = level;
        this.label = label;
        this.setting = setting;
    }

    public UnitLevel level() {
        return level;
    }

    /** The Vietnamese word put before the name: "Phường" in "Phường Ba Đình". Empty for the country. */
    public String label() {
        return label;
    }

    public Setting setting() {
        return setting;
    }

    public boolean urban() {
        return setting == Setting.URBAN;
    }

    public boolean rural() {
        return setting == Setting.RURAL;
    }

    public String fullName(String name) {
        return label.isEmpty() ? name : label + " " + name;
    }

    /**
     * The name with its type and, for a residential area that shares it with another area of its commune after a
     * merger, the commune it came from, as the merger decisions and local usage write it: "Khu phố 1 (Ba Đình cũ)".
     * A proper name, the same in every language of the interface.
     *
     * @param formerCommune the short name of the former commune ("Ba Đình"); null or blank for none
     */
    public String fullName(String name, String formerCommune) {
        String full = fullName(name);
        return formerCommune == null || formerCommune.isBlank() ? full : full + " (" + formerCommune + " cũ)";
    }

    /**
     * The type of a GSO catalogue entry ({@code tinh}, {@code thanh-pho}, {@code quan}…) at a level: "thành phố" is a
     * centrally-run city at province level and a provincial city at district level.
     */
    public static Optional<UnitType> fromGso(UnitLevel level, String gsoType) {
        if (gsoType == null) {
            return Optional.empty();
        }
        UnitType type = switch (level) {
            case PROVINCE -> switch (gsoType) {
                case "tinh" -> PROVINCE;
                case "thanh-pho" -> CENTRAL_CITY;
                default -> null;
            };
            case DISTRICT -> switch (gsoType) {
                case "quan" -> URBAN_DISTRICT;
                case "huyen" -> RURAL_DISTRICT;
                case "thi-xa" -> DISTRICT_TOWN;
                case "thanh-pho" -> PROVINCIAL_CITY;
                default -> null;
            };
            case COMMUNE -> switch (gsoType) {
                case "xa" -> COMMUNE;
                case "phuong" -> WARD;
                case "thi-tran" -> TOWNSHIP;
                case "dac-khu" -> SPECIAL_ZONE;
                default -> null;
            };
            default -> null;
        };
        return Optional.ofNullable(type);
    }
}
