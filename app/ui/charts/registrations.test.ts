import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Chart.js is tree-shaken: a chart type draws only when its controller, the elements it draws, its default scales
// and the plugins its options name are registered. A missing part fails at run time in the browser only ("line" is
// not a registered element), which broke the dashboard once. So: one module registers every part (chart.ts), the
// components render its `Chart`, and this test derives the parts the components use from their source.

const APP = path.join(process.cwd(), "app");
const REGISTRY = path.join(APP, "ui", "charts", "chart.ts");

/** Per chart type: its controller, the elements it draws and its default scales. */
const TYPE_NEEDS: Record<string, string[]> = {
  bar: ["BarController", "BarElement", "CategoryScale", "LinearScale"],
  line: ["LineController", "LineElement", "PointElement", "CategoryScale", "LinearScale"],
  scatter: ["ScatterController", "PointElement", "LinearScale"],
  bubble: ["BubbleController", "PointElement", "LinearScale"],
  doughnut: ["DoughnutController", "ArcElement"],
  pie: ["PieController", "ArcElement"],
};
const SCALE_NEEDS: Record<string, string> = { linear: "LinearScale", category: "CategoryScale", logarithmic: "LogarithmicScale", time: "TimeScale" };
const CHART_TYPES = Object.keys(TYPE_NEEDS).join("|");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

const relative = (file: string) => path.relative(process.cwd(), file);
const sources = sourceFiles(APP).map((file) => ({ file, text: readFileSync(file, "utf8") }));
const chartSources = sources.filter(({ text }) => /from "chart\.js"|from "@\/app\/ui\/charts\/chart"|from "\.\/chart"/.test(text));

function registeredParts(): string[] {
  const call = /\.register\(([^)]*)\)/.exec(readFileSync(REGISTRY, "utf8"))?.[1] ?? "";
  return call.split(",").map((name) => name.trim()).filter(Boolean);
}

/** The parts a source uses: chart types it declares (type props, dataset types, ChartData/ChartOptions generics), scales it names and plugins its options configure. */
function usedParts(text: string): string[] {
  const types = new Set<string>();
  for (const pattern of [new RegExp(`type(?:=|:\\s*)\\{?\\s*"(${CHART_TYPES})"`, "g"), new RegExp(`Chart(?:Data|Options|Dataset)<([^>]*)>`, "g"), new RegExp(`TooltipItem<([^>]*)>`, "g")]) {
    for (const match of text.matchAll(pattern)) for (const type of (match[1] ?? "").matchAll(new RegExp(`"(${CHART_TYPES})"`, "g"))) types.add(type[1] ?? "");
  }
  const parts = [...types].flatMap((type) => TYPE_NEEDS[type] ?? []);
  for (const match of text.matchAll(/type: "(linear|category|logarithmic|time)"/g)) parts.push(SCALE_NEEDS[match[1] ?? ""] ?? "");
  if (/\blegend: /.test(text)) parts.push("Legend");
  if (/\btooltip: /.test(text)) parts.push("Tooltip");
  if (/\bfill: (?!false)/.test(text)) parts.push("Filler");
  return parts;
}

describe("Chart.js registrations", () => {
  it("happen in one module only", () => {
    const registering = sources.filter(({ text }) => /\.register\(/.test(text)).map(({ file }) => relative(file));
    expect(registering).toEqual([relative(REGISTRY)]);
  });

  it("are what the chart components use: every part they need, nothing they do not", () => {
    const used = new Set(chartSources.flatMap(({ text }) => usedParts(text)));
    expect([...new Set(registeredParts())].sort()).toEqual([...used].sort());
  });

  it("cannot be skipped: components render the registering module's Chart, never react-chartjs-2's directly", () => {
    const direct = sources.filter(({ file, text }) => file !== REGISTRY && /from "react-chartjs-2"/.test(text)).map(({ file }) => relative(file));
    expect(direct).toEqual([]);
  });
});
