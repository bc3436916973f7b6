package uk.dap.kiosk.staff;

import java.awt.Color;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.api.report.WeekRate;

/**
 * The attendance rate per programme week as a bar chart. A withheld week has no bar (a gap, never a zero), and the
 * chart's accessible description reads every week out, since a screen reader cannot see bars.
 */
final class AttendanceChart {
    private AttendanceChart() {
    }

    static ChartPanel panel(List<WeekRate> weeks) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (WeekRate w : weeks) {
            // null, not 0: JFreeChart draws no bar, so a suppressed week cannot be read as nobody attending.
            Double value = w.rate().withheld() ? null : w.rate().percent();
            data.setValue(value, "Attended", String.valueOf(w.week()));
        }
        JFreeChart chart = ChartFactory.createBarChart(null, "Programme week", "Attended (%)", data,
                PlotOrientation.VERTICAL, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        if (weeks.stream().anyMatch(w -> w.rate().withheld())) {
            // Said on the chart itself: an empty column must never be read as nobody attending.
            org.jfree.chart.title.TextTitle note = new org.jfree.chart.title.TextTitle(
                    weeks.stream().allMatch(w -> w.rate().withheld()) ? "Every week withheld (small numbers): no bars shown"
                            : "Weeks without a bar: withheld (small numbers), not zero", Theme.scaled(0.9f, java.awt.Font.ITALIC));
            chart.addSubtitle(note);
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xC8CED6));
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(0, 100);
        range.setLabelFont(Theme.scaled(0.95f, java.awt.Font.PLAIN));
        CategoryAxis domain = plot.getDomainAxis();
        domain.setLabelFont(Theme.scaled(0.95f, java.awt.Font.PLAIN));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x1F5FA8));
        renderer.setMaximumBarWidth(0.08);

        ChartPanel panel = new ChartPanel(chart, false, false, false, false, false);
        panel.setName("reportAttendanceChart");
        panel.setPopupMenu(null);
        panel.setDomainZoomable(false);
        panel.setRangeZoomable(false);
        panel.setPreferredSize(new Dimension(600, 262));
        panel.setMinimumDrawWidth(200);
        panel.setMinimumSize(new Dimension(320, 262));
        panel.setFocusable(true);
        panel.getAccessibleContext().setAccessibleName("Attendance by week chart");
        panel.getAccessibleContext().setAccessibleDescription(describe(weeks));
        panel.setToolTipText(null);
        return panel;
    }

    /** "Attendance by week: week 1 92%, week 2 withheld, ..." */
    static String describe(List<WeekRate> weeks) {
        if (weeks.isEmpty()) {
            return "Attendance by week: no sessions held yet.";
        }
        List<String> parts = new ArrayList<>();
        for (WeekRate w : weeks) {
            String rate = w.rate().withheld() ? "withheld" : w.rate().percent() == null ? "no sessions held"
                    : String.format(Locale.UK, "%.0f%%", w.rate().percent());
            parts.add("week " + w.week() + " " + rate);
        }
        return "Attendance by week: " + String.join(", ", parts) + ".";
    }
}
