/*
 * Copyright 2026 The camel-workflowrun developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.workflowrun.benchmarks.charts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * A horizontal bar chart as SVG: one group of bars per category (a provider, a benchmark), one bar per series (a
 * client, a round), each with its value written at its end, optionally an error whisker per bar and a dashed target
 * line. A value that is NaN draws no bar but says why ({@link #missing}). Each bar carries a {@code <title>} (the
 * browser shows it on hover) naming its category, series and value.
 */
public final class BarChart {

    /** Okabe and Ito's palette, told apart by people with any common colour vision deficiency. */
    private static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00");
    private static final int WIDTH = 760;
    private static final int MARGIN = 12;
    private static final int BAR = 16;
    private static final int BAR_GAP = 2;
    private static final int GROUP_GAP = 12;
    /** A generous width per character of 12 px sans-serif text: the browser, not this class, lays the text out. */
    private static final double CHAR_WIDTH = 6.8;

    private final String title;
    private final String axisLabel;
    private final List<String> categories;
    private final DoubleFunction<String> format;
    private final List<Series> series = new ArrayList<>();
    private Double reference;
    private String referenceLabel;
    private String missing = "no value";

    private record Series(String name, List<Double> values, List<Double> errors) {
    }

    /**
     * @param title      above the chart
     * @param axisLabel  below the value axis: what is measured, in which unit, and which way is better
     * @param categories one group of bars each, top to bottom
     * @param format     a value as its label says it, e.g. {@code v -> String.format("%.1f", v)}
     */
    public BarChart(String title, String axisLabel, List<String> categories, DoubleFunction<String> format) {
        this.title = title;
        this.axisLabel = axisLabel;
        this.categories = List.copyOf(categories);
        this.format = format;
    }

    /** A bar per category, in the categories' order; NaN where there is none. */
    public BarChart series(String name, List<Double> values) {
        return series(name, values, Collections.nCopies(values.size(), 0.0));
    }

    /** As {@link #series(String, List)}, with an error (half the whisker's length) per value. */
    public BarChart series(String name, List<Double> values, List<Double> errors) {
        if (values.size() != categories.size() || errors.size() != categories.size()) {
            throw new IllegalArgumentException("series '" + name + "' has " + values.size() + " values and " + errors.size()
                                               + " errors; expected one of each per category (" + categories.size() + ")");
        }
        if (series.size() == COLOURS.size()) {
            throw new IllegalArgumentException("series '" + name + "' is one too many: at most " + COLOURS.size());
        }
        series.add(new Series(name, List.copyOf(values), List.copyOf(errors)));
        return this;
    }

    /** A dashed line across the bars at {@code value}, e.g. a target, labelled above the chart. */
    public BarChart reference(double value, String label) {
        this.reference = value;
        this.referenceLabel = label;
        return this;
    }

    /** What a group says where a series has no value (NaN), e.g. "no Java SDK". */
    public BarChart missing(String label) {
        this.missing = label;
        return this;
    }

    public String toSvg() {
        if (series.isEmpty()) {
            throw new IllegalStateException("chart '" + title + "' has no series: add one with series(name, values)");
        }
        double max = reference == null ? 0 : reference;
        int longestValue = 1;
        for (Series s : series) {
            for (int i = 0; i < categories.size(); i++) {
                double value = s.values.get(i);
                if (!Double.isNaN(value)) {
                    max = Math.max(max, value + s.errors.get(i));
                    longestValue = Math.max(longestValue, format.apply(value).length());
                }
            }
        }
        double step = niceStep(max > 0 ? max / 5 : 1);
        double axisMax = Math.ceil(max / step) * step;
        if (axisMax <= 0) {
            axisMax = step;
        }

        int labelWidth = (int) Math.ceil(categories.stream().mapToInt(String::length).max().orElse(0) * CHAR_WIDTH);
        double left = MARGIN + labelWidth + 8;
        double right = WIDTH - MARGIN - Math.max(longestValue, missing.length() / 2) * CHAR_WIDTH - 8;
        boolean legend = series.size() > 1 || !series.get(0).name.isEmpty();
        double top = 40 + (legend ? 20 : 0) + (reference != null ? 18 : 0);
        double groupHeight = series.size() * (BAR + BAR_GAP) - BAR_GAP;
        double bottom = top + categories.size() * (groupHeight + GROUP_GAP) - GROUP_GAP + 8;
        int height = (int) Math.ceil(bottom + 44);
        double scale = (right - left) / axisMax;

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                                              + "role=\"img\" aria-labelledby=\"chart-title\" font-family=\"sans-serif\" font-size=\"12\">%n",
                WIDTH, height, WIDTH, height));
        svg.append("<title id=\"chart-title\">").append(escape(title)).append("</title>\n");
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", WIDTH, height));
        svg.append(text(MARGIN, 22, "start", "font-size=\"15\" font-weight=\"bold\"", title));

        if (legend) {
            double x = MARGIN;
            for (int s = 0; s < series.size(); s++) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"38\" width=\"12\" height=\"12\" fill=\"%s\"/>%n", x, COLOURS.get(s)));
                svg.append(text(x + 16, 48.5, "start", "", series.get(s).name));
                x += 16 + series.get(s).name.length() * CHAR_WIDTH + 18;
            }
        }

        // grid and value axis
        for (double tick = 0; tick <= axisMax + step / 1000; tick += step) {
            double x = left + tick * scale;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n", x, top - 4, x,
                    bottom, tick == 0 ? "#444444" : "#dddddd"));
            svg.append(text(x, bottom + 16, "middle", "fill=\"#444444\"", format.apply(tick)));
        }
        svg.append(text((left + right) / 2, bottom + 36, "middle", "fill=\"#444444\"", axisLabel));

        for (int c = 0; c < categories.size(); c++) {
            double groupTop = top + c * (groupHeight + GROUP_GAP);
            svg.append(text(left - 8, groupTop + groupHeight / 2 + 4, "end", "", categories.get(c)));
            for (int s = 0; s < series.size(); s++) {
                Series one = series.get(s);
                double value = one.values.get(c);
                double y = groupTop + s * (BAR + BAR_GAP);
                if (Double.isNaN(value)) {
                    svg.append(text(left + 4, y + BAR - 4, "start", "fill=\"#777777\" font-style=\"italic\"",
                            (one.name.isEmpty() ? "" : one.name + ": ") + missing));
                    continue;
                }
                double width = Math.max(value * scale, 0.5);
                svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
                                                      + "<title>%s</title></rect>%n", left, y, width, BAR, COLOURS.get(s),
                        escape(categories.get(c) + (one.name.isEmpty() ? "" : ", " + one.name) + ": " + format.apply(value))));
                double end = left + width;
                double error = one.errors.get(c);
                if (error > 0) {
                    double from = left + Math.max(value - error, 0) * scale;
                    double to = left + (value + error) * scale;
                    double mid = y + BAR / 2.0;
                    svg.append(String.format(Locale.ROOT, "<path class=\"error\" d=\"M%.1f %.1fH%.1fM%.1f %.1fV%.1fM%.1f %.1fV%.1f\" "
                                                          + "stroke=\"#222222\" fill=\"none\"/>%n", from, mid, to, from, mid - 4, mid + 4,
                            to, mid - 4, mid + 4));
                    end = Math.max(end, to);
                }
                svg.append(text(end + 4, y + BAR - 4, "start", "class=\"value\"", format.apply(value)));
            }
        }

        if (reference != null) {
            double x = left + reference * scale;
            svg.append(String.format(Locale.ROOT, "<line class=\"reference\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#C00000\" "
                                                  + "stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>%n", x, top - 14, x, bottom));
            double labelWidth2 = referenceLabel.length() * CHAR_WIDTH;
            String anchor = x + labelWidth2 / 2 > WIDTH - MARGIN ? "end" : x - labelWidth2 / 2 < MARGIN ? "start" : "middle";
            svg.append(text(x, top - 18, anchor, "fill=\"#C00000\"", referenceLabel));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** 1, 2, 2.5 or 5 times a power of ten, the first at least {@code rough}. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * power >= rough * (1 - 1e-9)) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static String text(double x, double y, String anchor, String attributes, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s>%s</text>%n", x, y, anchor,
                attributes.isEmpty() ? "" : " " + attributes, escape(content));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
