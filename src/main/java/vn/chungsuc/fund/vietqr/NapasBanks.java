package vn.chungsuc.fund.vietqr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The NAPAS member banks by BIN, read from {@code fund/napas-banks.csv} (data with its source in the file): used
 * to check the BIN of a QR or an account and to name the bank.
 */
public final class NapasBanks {

    /** A member bank: its BIN, the short name officers use (Vietcombank) and its full name. */
    public record Bank(String bin, String shortName, String name) {
    }

    private static final String RESOURCE = "/fund/napas-banks.csv";
    private static final NapasBanks STANDARD = load();

    private final Map<String, Bank> byBin;

    private NapasBanks(Map<String, Bank> byBin) {
        this.byBin = Map.copyOf(byBin);
    }

    /** The list shipped with the application. */
    public static NapasBanks standard() {
        return STANDARD;
    }

    public Optional<Bank> find(String bin) {
        return Optional.ofNullable(bin == null ? null : byBin.get(bin.trim()));
    }

    /** The bank whose short name (Vietcombank, VietinBank; case and spacing ignored) is given. */
    public Optional<Bank> byShortName(String name) {
        String key = name == null ? "" : name.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return byBin.values().stream()
                .filter(b -> b.shortName().replace(" ", "").toLowerCase(java.util.Locale.ROOT).equals(key))
                .findFirst();
    }

    public Collection<Bank> all() {
        return byBin.values();
    }

    private static NapasBanks load() {
        Map<String, Bank> banks = new LinkedHashMap<>();
        try (InputStream in = NapasBanks.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", 3);
                banks.put(f[0].trim(), new Bank(f[0].trim(), f[1].trim(), f[2].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NapasBanks(banks);
    }
}
