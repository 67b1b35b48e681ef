package vn.chungsuc.campaign;

/** A programme, one of its targets or an allocation was created or changed. */
public record ProgrammeChanged(long programmeId) {
}
