package vn.chungsuc.bench.fund;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.chungsuc.fund.statement.BankStatement;
import vn.chungsuc.fund.statement.StatementMatcher;
import vn.chungsuc.fund.statement.StatementParser;
import vn.chungsuc.fund.vietqr.CampaignCode;

/**
 * Parses and matches a generated Vietcombank statement of N lines (default 100,000; a month of the peak: 70 % of the
 * memos carry a campaign code in one of the ways donors type it, 10 % pay a pledge, fees as debits), as .csv, and
 * prints the seconds for each step. Run by bench/fund/run.sh.
 */
public final class StatementBench {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Random random = new Random(2024);
        List<StatementMatcher.Campaign> campaigns = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            campaigns.add(new StatementMatcher.Campaign(i, CampaignCode.forNumber(1000 + i), List.of("chien dich " + i)));
        }
        List<StatementMatcher.Pledge> pledges = new ArrayList<>();
        String[] names = {"NGUYEN VAN AN", "TRAN THI BINH", "LE VAN CUONG", "PHAM THI DUNG", "HOANG VAN EM",
                "VU THI GIANG", "DO VAN HUNG", "BUI THI LAN"};
        Path file = Files.createTempFile("statement-bench", ".csv");
        long balance = 1_000_000_000L;
        long opening = balance;
        LocalDate day = LocalDate.of(2024, 10, 17);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("NGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM (VIETCOMBANK)\r\nSAO KÊ TÀI KHOẢN / STATEMENT OF ACCOUNT\r\n");
            w.write("Số tài khoản / Account number:,0011001234567\r\n");
            w.write("Từ ngày / From date:,17/10/2024,Đến ngày / To date:,18/11/2024\r\n");
            w.write("Số dư đầu kỳ / Opening balance:," + dots(opening) + "\r\n");
            w.write("STT / No.,Ngày giao dịch / Transaction date,Số tham chiếu / Reference number,Số tiền ghi nợ / Debit,"
                    + "Số tiền ghi có / Credit,Số dư / Balance,Nội dung chi tiết / Transactions in detail\r\n");
            for (int i = 1; i <= n; i++) {
                if (i % (n / 33 + 1) == 0 && day.isBefore(LocalDate.of(2024, 11, 18))) {
                    day = day.plusDays(1);
                }
                String name = names[random.nextInt(names.length)];
                String ref = (5000 + random.nextInt(5000)) + "." + (10000 + random.nextInt(90000));
                long amount;
                String description;
                String debit = "";
                String credit = "";
                int kind = random.nextInt(100);
                if (kind < 5) {
                    amount = -(1_100 + random.nextInt(10) * 1_000);
                    description = "Phi dich vu SMS Banking";
                    debit = dots(-amount);
                } else {
                    amount = (1 + random.nextInt(200)) * 50_000L;
                    CampaignCode code = campaigns.get(random.nextInt(campaigns.size())).code();
                    String typed = switch (random.nextInt(4)) {
                        case 0 -> code.value();
                        case 1 -> code.value().toLowerCase();
                        case 2 -> code.value().substring(0, 5) + " " + code.value().substring(5);
                        default -> "VNN-" + code.value().substring(3);
                    };
                    if (kind < 15) {
                        pledges.add(new StatementMatcher.Pledge(i, campaigns.indexOf(campaigns.stream()
                                .filter(c -> c.code().equals(code)).findFirst().orElseThrow()), amount, name, null));
                    }
                    description = kind < 75
                            ? "MBVCB." + (6_500_000_000L + i) + "." + typed + " ung ho.CT tu 0011004" + (100000 + i % 900000)
                                    + " " + name + " toi 0011001234567 QUY VI NGUOI NGHEO"
                            : "970415." + String.format("%02d%02d24", day.getDayOfMonth(), day.getMonthValue())
                                    + ".093012." + name + " chuyen tien ung ho nguoi ngheo";
                    credit = dots(amount);
                }
                balance += amount;
                boolean lastOfDay = i == n || i % (n / 33 + 1) == n / 33;
                w.write(i + "," + String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear())
                        + "," + ref + ",\"" + debit + "\",\"" + credit + "\",\"" + (lastOfDay ? dots(balance) : "") + "\",\""
                        + description + "\"\r\n");
            }
            w.write("Số dư cuối kỳ / Closing balance:,\"" + dots(balance) + "\"\r\n");
        }
        System.out.printf("statement: %,d lines, %,d bytes%n", n, Files.size(file));
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 3; round++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            BankStatement s = StatementParser.parse(file, "bench.csv", StatementParser.Options.of(LocalDate.of(2026, 12, 3)));
            long t1 = System.nanoTime();
            var keys = s.keys();
            long t2 = System.nanoTime();
            var matches = new StatementMatcher(campaigns, pledges).match(s);
            long t3 = System.nanoTime();
            long c3 = threads.getCurrentThreadCpuTime();
            long automatic = matches.stream().filter(StatementMatcher.Match::automatic).count();
            System.out.printf("round %d: parse %.2f s, de-duplication keys %.2f s, match %.2f s, total %.2f s wall,"
                    + " %.2f s CPU of this thread (%,d lines, %,d keys, %,d matched automatically, %,d by pledge)%n", round, (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t3 - t0) / 1e9, (c3 - c0) / 1e9, s.lines().size(), keys.size(), automatic,
                    matches.stream().filter(m -> m.outcome() == StatementMatcher.Outcome.PLEDGE).count());
        }
        Files.deleteIfExists(file);
    }

    private static String dots(long v) {
        return String.format("%,d", v).replace(',', '.');
    }
}
