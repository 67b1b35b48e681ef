package vn.chungsuc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ChungSucApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChungSucApplication.class, args);
    }
}
