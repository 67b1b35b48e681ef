package vn.chungsuc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chungsuc.shared.text.VietnameseText;

class VietnameseTextTest {

    @Test
    void aNameTypedWithoutDiacriticsHasTheSameKeyAsTheNameWithThem() {
        assertThat(VietnameseText.searchKey("Nguyễn Văn A")).isEqualTo(VietnameseText.searchKey("nguyen van a"));
    }

    @Test
    void dWithStrokeFoldsToD() {
        assertThat(VietnameseText.searchKey("Đông Sơn, Ba Đình")).isEqualTo("dong son, ba dinh");
    }

    @Test
    void composedAndDecomposedFormsFoldAlike() {
        String composed = "Phường Ngọc Trạo";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(VietnameseText.searchKey(decomposed)).isEqualTo("phuong ngoc trao");
    }

    @Test
    void spacesAreTrimmedAndCollapsed() {
        assertThat(VietnameseText.searchKey("  Lê   Thị \t Hồng ")).isEqualTo("le thi hong");
        assertThat(VietnameseText.searchKey(null)).isEmpty();
    }

    @Test
    void likeKeysEscapeWildcards() {
        assertThat(VietnameseText.likeKey("50%_x")).isEqualTo("50\\%\\_x");
    }
}
