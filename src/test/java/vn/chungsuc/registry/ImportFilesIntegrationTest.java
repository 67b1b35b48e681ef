package vn.chungsuc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.registry.importing.ImportJobs;

/**
 * Issue 18, hole 9: uploads wait in the application's own folder (0700, files 0600), not the system's temporary
 * folder; the API's run leaves none behind; at start-up, files left by a killed run are removed and its import,
 * "Đang chạy" until then, becomes "Bị gián đoạn".
 */
@IntegrationTest
class ImportFilesIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ImportJobs jobs;

    private List<Path> uploads() throws Exception {
        try (var files = Files.list(jobs.folder())) {
            return files.filter(p -> p.getFileName().toString().startsWith("registry-import-")).toList();
        }
    }

    @Test
    void uploadsWaitInTheAppsFolderReadableByItAlone() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        assertThat(jobs.folder()).isNotEqualTo(tmp);
        assertThat(jobs.folder().getFileName().toString()).isEqualTo("test-postgres-imports");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(jobs.folder()))).isEqualTo("rwx------");
        RegistryFiles.Families f = RegistryFiles.families("HS18-F-", List.of("14812-05"), 2, 982_700, 19);
        byte[] xlsx = Files.readAllBytes(RegistryFiles.xlsx(f.households(), f.persons()));
        List<Path> before = uploads();
        mvc.perform(multipart("/registry/imports").file(new MockMultipartFile("file", "nhap.xlsx",
                "application/octet-stream", xlsx)).with(csrf()).with(httpBasic("admin", "chungsuc")))
                .andExpect(status().isOk());
        List<Path> kept = uploads().stream().filter(p -> !before.contains(p)).toList();
        assertThat(kept).hasSize(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept.get(0)))).isEqualTo("rw-------");
        // The API runs at once and removes its copy.
        List<Path> beforeApi = uploads();
        mvc.perform(multipart("/api/v1/registry/imports").file(new MockMultipartFile("file", "nhap.xlsx",
                "application/octet-stream", xlsx)).param("dryRun", "true").with(httpBasic("admin", "chungsuc")))
                .andExpect(status().isOk());
        assertThat(uploads()).containsExactlyInAnyOrderElementsOf(beforeApi);
    }

    @Test
    void aKilledImportIsInterruptedAtStartUpAndItsFilesRemoved() throws Exception {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into registry_import (id, file_name, dry_run, started_by, started_at, status) "
                + "values (?, 'bi-giet-18.xlsx', false, 'admin', now() - interval '1 hour', 'RUNNING')")
                .param(id).update();
        Path left = Files.createTempFile(jobs.folder(), "registry-import-", ".xlsx");
        jobs.markInterrupted();
        assertThat(left).doesNotExist();
        assertThat(jdbc.sql("select status from registry_import where id = ?").param(id).query(String.class)
                .single()).isEqualTo("INTERRUPTED");
        String page = mvc.perform(get("/registry/imports").with(httpBasic("admin", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("bi-giet-18.xlsx", "Bị gián đoạn");
    }
}
