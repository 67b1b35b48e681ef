package vn.chungsuc.shared.permission;

/** The actor of the current request; implemented by the access module. */
public interface CurrentActor {

    Actor current();
}
