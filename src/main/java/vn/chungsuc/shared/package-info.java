/**
 * What every module stands on: Vietnamese text (accent-folded search keys, amounts in words), money in đồng,
 * the audit recorder, the current user's unit scope, the permission vocabulary ({@code permission}: functions,
 * authorities, the actor and the table each module's {@code …Permissions} writes), and the small contribution
 * interfaces (menu entries, each carrying a permission) through which feature modules add themselves to the
 * layout. It depends on no other module and is open to all of them.
 *
 * <p>Glossary: đồng (VND) – the currency, whole units only; bằng chữ – an amount written in words on receipts;
 * nhật ký – audit log.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.chungsuc.shared;
