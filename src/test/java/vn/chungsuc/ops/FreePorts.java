package vn.chungsuc.ops;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the servers the operations tests start (applications, nginx, PostgreSQL), chosen free when the test
 * runs: a block of {@code n} ports in a row, each of which can be bound on loopback now. From the range in
 * {@code CHUNGSUC_TEST_PORTS} (or {@code -Dchungsuc.test.ports}, "FROM-TO", for a machine whose users share out
 * ports), else from 20000–39999.
 */
public final class FreePorts {

    private FreePorts() {
    }

    /** The first of {@code n} free ports in a row. */
    public static int block(int n) {
        String range = System.getProperty("chungsuc.test.ports", System.getenv("CHUNGSUC_TEST_PORTS"));
        int from = 20000;
        int to = 39999;
        if (range != null && range.matches("\\d+-\\d+")) {
            from = Integer.parseInt(range.substring(0, range.indexOf('-')));
            to = Integer.parseInt(range.substring(range.indexOf('-') + 1));
        }
        int span = to - from + 1 - n + 1;
        if (span < 1) {
            throw new IllegalStateException("the port range " + from + "-" + to + " holds no " + n + " ports");
        }
        // tried in a random order from a random start, so tests that run side by side rarely pick the same block
        int start = ThreadLocalRandom.current().nextInt(span);
        for (int i = 0; i < span; i++) {
            int base = from + (start + i) % span;
            if (free(base, n)) {
                return base;
            }
        }
        throw new IllegalStateException("no " + n + " free ports in a row in " + from + "-" + to);
    }

    /** One free port. */
    public static int one() {
        return block(1);
    }

    private static boolean free(int base, int n) {
        for (int p = base; p < base + n; p++) {
            try (ServerSocket s = new ServerSocket(p, 1, InetAddress.getLoopbackAddress())) {
                s.setReuseAddress(true);
            } catch (IOException e) {
                return false;
            }
            // nginx and PostgreSQL listen on 127.0.0.1; the application on every address
            try (ServerSocket s = new ServerSocket(p)) {
                s.setReuseAddress(true);
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
