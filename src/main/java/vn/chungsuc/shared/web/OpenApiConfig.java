package vn.chungsuc.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI chungSucOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Chung Sức API")
                .version("v1")
                .description("API của hệ thống Chung Sức – cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, "
                        + "đô thị văn minh”. Cần đăng nhập (phiên làm việc hoặc HTTP Basic); dữ liệu trả về giới hạn "
                        + "trong phạm vi đơn vị của người dùng."));
    }
}
