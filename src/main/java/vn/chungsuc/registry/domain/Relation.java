package vn.chungsuc.registry.domain;

import java.util.Optional;
import vn.chungsuc.shared.text.VietnameseText;

/** Quan hệ với chủ hộ: how a member is related to the head of his household. */
public enum Relation {
    HEAD("Chủ hộ"),
    SPOUSE("Vợ/Chồng"),
    CHILD("Con"),
    CHILD_IN_LAW("Con dâu/Con rể"),
    GRANDCHILD("Cháu"),
    PARENT("Bố/Mẹ"),
    GRANDPARENT("Ông/Bà"),
    SIBLING("Anh/Chị/Em"),
    OTHER("Khác");

    private final String label;

    Relation(String label) {
        this.label = label;
    }

    /** The word the import template uses (and accepts back). */
    public String label() {
        return label;
    }

    /**
     * The labels' search keys, in the order of {@link #values()}, folded once: an import parses every person row's
     * relation, and folding the nine labels for each row was a third of its Java time (JFR, bench town).
     */
    private static final Relation[] VALUES = values();
    private static final String[] LABEL_KEYS = java.util.Arrays.stream(VALUES).map(r -> VietnameseText.searchKey(
            r.label)).toArray(String[]::new);

    /** The template's words, their parts ("Vợ", "Con rể", "Mẹ") and common variants, accents optional. */
    public static Optional<Relation> parse(String text) {
        String key = VietnameseText.searchKey(text);
        for (int i = 0; i < LABEL_KEYS.length; i++) {
            Relation r = VALUES[i];
            if (LABEL_KEYS[i].equals(key) || r.name().equalsIgnoreCase(key)) {
                return Optional.of(r);
            }
        }
        return Optional.ofNullable(switch (key) {
            case "chu ho", "chuho" -> HEAD;
            case "vo", "chong" -> SPOUSE;
            case "con de", "con nuoi", "con trai", "con gai" -> CHILD;
            case "con dau", "con re" -> CHILD_IN_LAW;
            case "chau noi", "chau ngoai" -> GRANDCHILD;
            case "bo", "cha", "me", "bo de", "me de" -> PARENT;
            case "ong", "ba", "ong noi", "ba noi", "ong ngoai", "ba ngoai" -> GRANDPARENT;
            case "anh", "chi", "em", "anh trai", "chi gai", "em trai", "em gai" -> SIBLING;
            default -> null;
        });
    }
}
