package uk.dap.server.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BootSettingsTest {
    @Test
    void eachSettingIsReadFromTheEnvironmentVariableTheDocsName() {
        assertThat(BootSettings.envName(BootSettings.DB_BOOT_KEY)).isEqualTo("DAP_DB_BOOT_KEY");
        assertThat(BootSettings.envName(BootSettings.DATA_DIR)).isEqualTo("DAP_DATA_DIR");
        assertThat(BootSettings.envName(BootSettings.KEYS_DIR)).isEqualTo("DAP_KEYS_DIR");
    }
}
