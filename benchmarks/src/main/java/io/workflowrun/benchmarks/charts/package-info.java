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
/**
 * Bar charts as SVG for the performance page, written by hand rather than with a chart library: the charts need
 * grouped horizontal bars, value labels, a target line and error whiskers, which is about 200 lines of SVG text, while
 * the libraries the registry serves draw through Java2D (JFreeChart needs a separate SVG exporter, JFreeSVG or Batik,
 * and lays text out with the fonts of the machine that runs the benchmark, so the same data would give different
 * files on different machines). Text here is plain SVG {@code <text>}, laid out by the browser that shows the page;
 * the output depends on the data alone.
 */
package io.workflowrun.benchmarks.charts;
