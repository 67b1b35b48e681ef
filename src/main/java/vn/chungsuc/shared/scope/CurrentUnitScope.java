package vn.chungsuc.shared.scope;

/** The scope of the user of the current request; implemented by the access module. */
public interface CurrentUnitScope {

    UnitScope current();
}
