package uk.dap.server.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CompletionReportPdfTest {
    /** Where the rendered first page is left; docs/images/completion-report-pdf.png is a copy of it. */
    static final Path PAGE_IMAGE = Path.of("target", "completion-report-pdf.png");

    private final CompletionReportExports exports = new CompletionReportExports();

    @Test
    void opensAndHoldsTheStatementAndFiguresAsShown() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(exports.pdf(ReportFixtures.agencyReport(true)))) {
            assertThat(pdf.getNumberOfPages()).isBetween(2, 3);
            String firstPage = text(pdf, 1, 1);
            assertThat(firstPage).contains("Completion report", ReportFixtures.TITLE, "Generated 23 Nov 2026",
                    "Small numbers suppressed: counts below 5 are shown as <5 and rates derived from them are withheld");
            assertThat(firstPage).contains("Referred 48", "Declined <5", "Still active <5",
                    "Completion rate (of those who started) 61.3%", "Median weeks to withdrawal 6.5",
                    "Moved away <5", "Stopped attending 5", "Overall attendance rate: 78.9%",
                    "No bar for weeks 2, 3: rate withheld");

            // A picture of the page with the evaluation, to look at (server/target/completion-report-pdf-page-2.png).
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(1, 80), "png",
                    java.nio.file.Path.of("target", "completion-report-pdf-page-2.png").toFile());
            String all = text(pdf, 1, pdf.getNumberOfPages());
            assertThat(all).contains("2 31 30 withheld", "4 31 26 83.9%", "Below 50% <5");
            assertThat(all).contains("CTS2 physical assault Participants 17 12.4 5.1 -7.3 -0.84")
                    .contains("CTS2 physical assault Participants After 17 54.8% 61.5% withheld");
            assertThat(all).contains("Parenting Stress Index (short form) Children <5 withheld withheld withheld withheld");
            assertThat(all).contains("DART mothers 7", "Caring Dads: partner contact made <5", "3 <5");
            assertThat(all).contains("Crèche places used");
        }
    }

    @Test
    void everyPageFooterSaysWhetherSmallNumbersAreSuppressed() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(exports.pdf(ReportFixtures.agencyReport(false)))) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                assertThat(text(pdf, page, page)).contains("Not suppressed: for use within the service only",
                        "Page " + page);
            }
            assertThat(text(pdf, 1, 1)).contains("Declined 3").doesNotContain("<5", "withheld");
        }
    }

    @Test
    void anEmptyAttendanceSectionSaysWhyItIsEmpty() throws IOException {
        var full = ReportFixtures.agencyReport(true);
        var noneYet = new uk.dap.shared.api.report.CompletionReport(full.scope(), full.suppressed(), full.generatedAt(), full.flow(),
                new uk.dap.shared.api.report.ReportAttendance(java.util.List.of(), java.util.List.of(), full.attendance().overall()),
                full.evaluation(), full.specifics(), 0);
        try (PDDocument pdf = Loader.loadPDF(exports.pdf(noneYet))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Nothing to show by week: no session with anyone expected at it has been held in this report's scope yet.");
        }
    }

    @Test
    void embedsTheWeeklyChartAndRendersTheFirstPage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(exports.pdf(ReportFixtures.agencyReport(true)))) {
            PDPage first = pdf.getPage(0);
            int images = 0;
            for (var name : first.getResources().getXObjectNames()) {
                if (first.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images++;
                    assertThat(image.getWidth()).as("drawn at print resolution").isGreaterThan(1000);
                }
            }
            assertThat(images).as("the attendance chart").isEqualTo(1);

            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
            assertThat(page.getWidth()).isBetween(820, 830); // A4 at 100 dpi
            assertThat(countPixels(page, CompletionCharts.ACCENT)).as("the bars are drawn").isGreaterThan(2000);
            Files.createDirectories(PAGE_IMAGE.getParent());
            ImageIO.write(page, "png", PAGE_IMAGE.toFile());
        }
    }

    private static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        // Lines joined: a long statement wraps in its box.
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    private static long countPixels(BufferedImage image, Color colour) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - colour.getRed()) < 12 && Math.abs(c.getGreen() - colour.getGreen()) < 12
                        && Math.abs(c.getBlue() - colour.getBlue()) < 12) {
                    count++;
                }
            }
        }
        return count;
    }
}
