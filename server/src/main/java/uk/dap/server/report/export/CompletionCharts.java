package uk.dap.server.report.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import uk.dap.shared.api.report.Figure;
import uk.dap.shared.api.report.ReportFlow;
import uk.dap.shared.api.report.WeekRate;

/**
 * Charts for the PDF, drawn with JFreeChart into an image in memory. Nothing here needs a display: a
 * {@link BufferedImage} works in a headless JVM (the server runs with {@code java.awt.headless=true}).
 * A withheld rate is left out of its chart, never drawn as zero; the PDF names the weeks it left out.
 */
final class CompletionCharts {
    static final Color INK = new Color(0x1F, 0x2A, 0x44);
    static final Color ACCENT = new Color(0x2B, 0x6C, 0xB0);
    static final Color GRID = new Color(0xD0, 0xD7, 0xE1);
    private static final String FONT = Font.SANS_SERIF;
    static final int SCALE = 3;

    private CompletionCharts() {
    }

    /** Attendance rate per programme week as bars, 0-100%; weeks without a rate to show have no bar. */
    static BufferedImage weeklyAttendance(List<WeekRate> weeks, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (WeekRate week : weeks) {
            Double percent = week.rate().withheld() ? null : week.rate().percent();
            data.addValue(percent, "Attendance rate", String.valueOf(week.week()));
        }
        JFreeChart chart = barChart(data, "Programme week", "Attendance rate (%)");
        NumberAxis range = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        // A little headroom above 100 so the label on a full week's bar is not cut off.
        range.setRange(0, 108);
        range.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(20));
        range.setNumberFormatOverride(new DecimalFormat("0"));
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        if (weeks.size() <= 16) {
            renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0")));
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 8));
            renderer.setDefaultItemLabelPaint(INK);
        }
        return draw(chart, width, height);
    }

    /** The flow from referral to completion as bars; a suppressed count has no bar (its label says "<5"). */
    static BufferedImage flow(ReportFlow flow, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        add(data, "Referred", flow.referred());
        add(data, "Assessed", flow.assessed());
        add(data, "Eligible", flow.eligible());
        add(data, "Started", flow.started());
        add(data, "Completed", flow.completed());
        add(data, "Withdrawn", flow.withdrawn());
        add(data, "Still active", flow.stillActive());
        JFreeChart chart = barChart(data, null, "People");
        NumberAxis range = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 8));
        renderer.setDefaultItemLabelPaint(INK);
        return draw(chart, width, height);
    }

    private static void add(DefaultCategoryDataset data, String label, Figure figure) {
        data.addValue(figure.suppressed() ? null : figure.value(), "People", label + (figure.suppressed() ? " (<5)" : ""));
    }

    private static JFreeChart barChart(DefaultCategoryDataset data, String categoryLabel, String valueLabel) {
        CategoryAxis categories = new CategoryAxis(categoryLabel);
        NumberAxis values = new NumberAxis(valueLabel);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ACCENT);
        renderer.setMaximumBarWidth(0.08);
        renderer.setItemMargin(0);
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setDomainGridlinesVisible(false);
        Font tick = new Font(FONT, Font.PLAIN, 9);
        Font label = new Font(FONT, Font.PLAIN, 10);
        for (var axis : List.of(categories, values)) {
            axis.setTickLabelFont(tick);
            axis.setLabelFont(label);
            axis.setTickLabelPaint(INK);
            axis.setLabelPaint(INK);
            axis.setAxisLinePaint(GRID);
        }
        categories.setCategoryMargin(0.25);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return chart;
    }

    /**
     * Draws at three times the size asked for, so the chart stays sharp when the PDF places it at {@code width} by
     * {@code height} points and a reader zooms in or prints it.
     */
    private static BufferedImage draw(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
