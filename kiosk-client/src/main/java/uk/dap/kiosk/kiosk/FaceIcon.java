package uk.dap.kiosk.kiosk;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import javax.swing.Icon;

/**
 * A face for an answer on a children's questionnaire, drawn (no image files to ship or licence): from a big frown to a
 * big smile. The mouth carries the meaning, so that the faces read the same to a child who sees colours differently;
 * the colour only helps.
 */
final class FaceIcon implements Icon {
    /** Saddest first, as InstrumentDefinition.Face. */
    private static final String[] FACES = {"VERY_SAD", "SAD", "MIDDLE", "HAPPY", "VERY_HAPPY"};
    private static final Color[] FILLS = {new Color(0xF4, 0xB6, 0xA8), new Color(0xF8, 0xD0, 0xA0), new Color(0xFA, 0xE6, 0x9E),
        new Color(0xD6, 0xE9, 0x9C), new Color(0xB5, 0xE0, 0xA8)};
    private static final Color INK = new Color(0x20, 0x20, 0x20);

    private final int size;
    private final int mood;

    /** {@code face}: VERY_SAD, SAD, MIDDLE, HAPPY or VERY_HAPPY. */
    FaceIcon(String face, int size) {
        this.size = size;
        int found = java.util.Arrays.asList(FACES).indexOf(face);
        this.mood = found < 0 ? 2 : found;
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.translate(x, y);
            float s = size;
            g2.setColor(FILLS[mood]);
            g2.fill(new Ellipse2D.Float(2, 2, s - 4, s - 4));
            g2.setColor(INK);
            g2.setStroke(new BasicStroke(Math.max(2f, s / 28f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g2.draw(new Ellipse2D.Float(2, 2, s - 4, s - 4));
            float eye = s / 11f;
            g2.fill(new Ellipse2D.Float(s * 0.33f - eye / 2, s * 0.36f, eye, eye * 1.3f));
            g2.fill(new Ellipse2D.Float(s * 0.67f - eye / 2, s * 0.36f, eye, eye * 1.3f));
            g2.setStroke(new BasicStroke(Math.max(2.5f, s / 20f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            float left = s * 0.3f;
            float width = s * 0.4f;
            switch (mood) {
                case 0 -> g2.draw(new Arc2D.Float(left, s * 0.62f, width, s * 0.3f, 20, 140, Arc2D.OPEN));
                case 1 -> g2.draw(new Arc2D.Float(left, s * 0.66f, width, s * 0.16f, 25, 130, Arc2D.OPEN));
                case 2 -> g2.draw(new Line2D.Float(left, s * 0.7f, left + width, s * 0.7f));
                case 3 -> g2.draw(new Arc2D.Float(left, s * 0.55f, width, s * 0.16f, 205, 130, Arc2D.OPEN));
                default -> g2.draw(new Arc2D.Float(left, s * 0.45f, width, s * 0.32f, 200, 140, Arc2D.OPEN));
            }
        } finally {
            g2.dispose();
        }
    }

    @Override
    public int getIconWidth() {
        return size;
    }

    @Override
    public int getIconHeight() {
        return size;
    }
}
