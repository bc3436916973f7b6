package uk.dap.server.importing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ImportDatesTest {
    @Test
    void datesAreReadAsTheServiceWritesThemOrAsIso() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        assertThat(ImportDates.parse("23 Nov 2026")).isEqualTo(day);
        assertThat(ImportDates.parse(" 23 november 2026 ")).isEqualTo(day);
        assertThat(ImportDates.parse("2026-11-23")).isEqualTo(day);
        assertThat(ImportDates.parse("4 Sept 2019")).isEqualTo(LocalDate.of(2019, 9, 4));
    }

    @Test
    void whatIsNotADayOrCouldBeReadTwoWaysIsRefusedNotGuessed() {
        assertThat(ImportDates.parse("31 Feb 1985")).isNull();
        assertThat(ImportDates.parse("2026-02-29")).isNull();
        assertThat(ImportDates.parse("03/04/2026")).as("3 April here, 4 March elsewhere").isNull();
        assertThat(ImportDates.parse("4 Mar 198")).isNull();
        assertThat(ImportDates.parse("yesterday")).isNull();
    }
}
