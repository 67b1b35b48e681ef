package vn.chungsuc.recognition.domain;

/** A criterion of a set, or (exclusion) a fact that makes the subject ineligible, with its legal basis. */
public record Criterion(long id, long setId, int position, String code, String text, boolean exclusion,
        String legalBasis) {
}
