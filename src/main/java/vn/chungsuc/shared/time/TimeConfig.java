package vn.chungsuc.shared.time;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The system clock in Vietnam's zone; tests replace it with one they can pin ({@code @Primary}). */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    @Bean
    Clock clock() {
        return Clock.system(Today.VIETNAM);
    }
}
