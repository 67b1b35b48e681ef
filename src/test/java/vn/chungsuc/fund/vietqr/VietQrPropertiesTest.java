package vn.chungsuc.fund.vietqr;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Encoding then decoding gives back what went in; any one changed character breaks the CRC. */
class VietQrPropertiesTest {

    @Property(tries = 2000)
    void encodeThenDecodeIsIdentity(@ForAll("qrs") VietQr qr) {
        String payload = qr.payload();
        assertThat(VietQr.crcValid(payload)).isTrue();
        assertThat(VietQr.decode(payload)).isEqualTo(qr);
    }

    @Property(tries = 3000)
    void anySingleCharacterChangeBreaksTheCrc(@ForAll("qrs") VietQr qr, @ForAll("positions") double where,
            @ForAll("printable") char replacement) {
        String payload = qr.payload();
        int at = (int) (where * payload.length());
        if (payload.charAt(at) == replacement) {
            replacement = replacement == 'Z' ? 'Y' : 'Z';
        }
        String changed = payload.substring(0, at) + replacement + payload.substring(at + 1);
        assertThat(VietQr.crcValid(changed)).as("%s -> %s", payload, changed).isFalse();
    }

    @Provide
    Arbitrary<VietQr> qrs() {
        Arbitrary<String> bins = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<String> accounts = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(19);
        Arbitrary<Long> amounts = Arbitraries.longs().between(1, VietQr.MAX_AMOUNT).injectNull(0.3);
        Arbitrary<String> memos = Arbitraries.strings().alpha().numeric().withChars(' ').ofMinLength(1)
                .ofMaxLength(25).map(VietQr::foldMemo).filter(m -> !m.isEmpty()).injectNull(0.3);
        return Combinators.combine(bins, accounts, amounts, memos).as(VietQr::of);
    }

    @Provide
    Arbitrary<Double> positions() {
        return Arbitraries.doubles().between(0, 1).filter(d -> d < 1);
    }

    @Provide
    Arbitrary<Character> printable() {
        return Arbitraries.chars().range(' ', '~');
    }
}
