package vn.chungsuc.campaign;

/**
 * Over which part of the unit a target counts: rural units (xã, thôn, xóm), urban units (phường, khu phố), or the
 * whole. A record counts as rural or urban by the type of the unit it sits in at the end of the period.
 */
public enum Population {
    RURAL,
    URBAN,
    WHOLE
}
