package vn.chungsuc.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import vn.chungsuc.shared.text.VietnameseText;

/** The accent-folded search key that the import computes for every person and the search for every query. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SearchKeyBenchmark {

    private final String name = "Nguyễn Thị Hường Đỗ";

    @Benchmark
    public String searchKey() {
        return VietnameseText.searchKey(name);
    }
}
