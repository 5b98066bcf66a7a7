import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Chart.js draws a dataset type only when its controller AND the elements it draws are registered; a
// missing element fails at run time in the browser only ("line" is not a registered element), which
// broke the dashboard once. Every chart component that registers a controller registers its elements.
const CONTROLLER_NEEDS: Record<string, string[]> = {
  LineController: ["LineElement", "PointElement"],
  BarController: ["BarElement"],
  ScatterController: ["PointElement"],
  BubbleController: ["PointElement"],
  DoughnutController: ["ArcElement"],
  PieController: ["ArcElement"],
};

function chartFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return chartFiles(full);
    return entry.name.endsWith(".tsx") && readFileSync(full, "utf8").includes(".register(") ? [full] : [];
  });
}

describe("Chart.js registrations", () => {
  it("every chart component registers the elements its controllers draw", () => {
    const problems: string[] = [];
    for (const file of chartFiles(path.join(process.cwd(), "app"))) {
      const source = readFileSync(file, "utf8");
      const registered = new Set(
        [...source.matchAll(/\.register\(([^)]*)\)/g)].flatMap((m) => (m[1] ?? "").split(",").map((s) => s.trim())),
      );
      // react-chartjs-2's typed components (<Bar>, <Line>, …) register their controller themselves.
      const typed = /import \{([^}]*)\} from "react-chartjs-2"/.exec(source)?.[1] ?? "";
      const used = new Set([...registered, ...typed.split(",").map((name) => `${name.trim()}Controller`)]);
      for (const [controller, elements] of Object.entries(CONTROLLER_NEEDS)) {
        if (!used.has(controller)) continue;
        for (const element of elements) if (!registered.has(element)) problems.push(`${path.relative(process.cwd(), file)}: ${controller} without ${element}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
