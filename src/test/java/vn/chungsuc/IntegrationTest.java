package vn.chungsuc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.chungsuc.shared.events.FlakyStatistics;
import vn.chungsuc.shared.time.TestClock;

/**
 * The whole application on a fresh embedded PostgreSQL with the demo data, on a random port, with a
 * {@code MockMvc} bean, a clock a test may pin ({@link TestClock}) and a statistic source a test may make fail
 * ({@link FlakyStatistics}). Every integration test
 * uses exactly this annotation so that Spring builds one context for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@AutoConfigureMockMvc
@Import({TestClock.Config.class, FlakyStatistics.Config.class})
public @interface IntegrationTest {
}
