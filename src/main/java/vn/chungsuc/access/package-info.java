/**
 * Users, their posts, the body each works in (a code of territory's bodies, looked up through
 * {@link vn.chungsuc.shared.permission.BodyDirectory}) and unit scopes; login with lock-out; the administrators'
 * screens for users and the audit log. A user acts for his post's and his body's functions
 * ({@link vn.chungsuc.shared.permission.CurrentActor}).
 * Depends on {@code shared} only: it validates unit codes through {@link vn.chungsuc.shared.scope.UnitDirectory}
 * and serves other modules the current user's scope through {@link vn.chungsuc.shared.scope.CurrentUnitScope}.
 *
 * <p>Glossary: cán bộ – officer; UB MTTQ (Ủy ban Mặt trận Tổ quốc) – Fatherland Front committee; phòng ban – a
 * department of the People's Committee; trưởng thôn / tổ trưởng tổ dân phố – head of a residential area; phạm vi
 * quản lý / phạm vi xem – the units a user may manage / may view.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.chungsuc.access;
