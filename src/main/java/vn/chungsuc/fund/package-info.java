/**
 * The Fund for the Poor (Quỹ "Vì người nghèo", QĐ 1198/QĐ-MTTW-ĐCT 2016, HD 96/HD-MTTW-BTT 2017): a fund per level
 * and unit over dates (four levels until 30/6/2025, then province and commune), its campaign board, bank accounts
 * and campaigns; donations with receipts from a gap-free series; support paid out to households of the poverty
 * register; and the ledger — double entry, append-only, one SHA-256 hash chain per fund whose daily heads are
 * published so that anyone can check that nothing was changed. Depends on {@code shared}, the public APIs of
 * {@code territory} (units on a date), {@code registry} (households, persons, organisations) and {@code poverty}
 * (a household's class on a date).
 *
 * <p>Glossary: quỹ vì người nghèo – fund ({@code Fund}); ban vận động – campaign board; trưởng ban – chair;
 * tài khoản – bank account; sổ quỹ tiền mặt – cash book; đợt vận động / tháng cao điểm – campaign / peak month;
 * ủng hộ – donation; biên lai – receipt; bằng chữ – amount in words; hủy biên lai – void; bút toán – entry;
 * bút toán đảo – reversal; khóa sổ – period closure; chi hỗ trợ – support paid out; nhà Đại đoàn kết – Great Unity
 * house; bàn giao nhà – house handed over; công khai – public disclosure.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "territory", "registry", "poverty"})
package vn.chungsuc.fund;
