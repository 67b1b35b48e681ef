package vn.chungsuc.registry.domain;

import java.util.Optional;
import vn.chungsuc.shared.text.VietnameseText;

/** Giới tính, as the civil status registers record it. */
public enum Sex {
    MALE("Nam"),
    FEMALE("Nữ");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "Nam", "nữ", "Nu", "NỮ"… (spreadsheets), or the constant's name. */
    public static Optional<Sex> parse(String text) {
        String key = VietnameseText.searchKey(text);
        return switch (key) {
            case "nam", "male", "m" -> Optional.of(MALE);
            case "nu", "female", "f" -> Optional.of(FEMALE);
            default -> Optional.empty();
        };
    }
}
