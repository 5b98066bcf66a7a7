import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// app/globals.css holds the design tokens, the element reset and the global utilities; every other style lives in
// the CSS module of the component that renders it. A token used but never defined falls back silently (or to the
// property's initial value), so the mistake only shows as a wrong colour on some page: this test catches it.

const APP = path.join(process.cwd(), "app");
const GLOBALS = path.join(APP, "globals.css");
const MAX_GLOBAL_LINES = 200;
/** The only classes globals.css may style: utilities used on every kind of page. */
const GLOBAL_UTILITIES = ["visually-hidden"];

function filesEndingWith(dir: string, endings: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesEndingWith(full, endings);
    return endings.some((ending) => entry.name.endsWith(ending)) ? [full] : [];
  });
}

/** The classes a component reads from a CSS module it imports (`styles.name` or `styles["name"]`) that it lacks. */
function undefinedModuleClasses(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const body = source.replace(/^import[^;]*;/gm, "");
  return [...source.matchAll(/^import\s+(\w+)\s+from\s+"([^"]+\.module\.css)"/gm)].flatMap(([, name = "", specifier = ""]) => {
    const cssPath = specifier.startsWith("@/")
      ? path.join(process.cwd(), specifier.slice(2))
      : path.resolve(path.dirname(file), specifier);
    const classes = new Set([...withoutComments(readFileSync(cssPath, "utf8")).matchAll(/\.([A-Za-z_][\w-]*)/g)].map((m) => m[1]));
    const used = [...body.matchAll(new RegExp(`\\b${name}(?:\\.(\\w+)|\\["([\\w-]+)"\\])`, "g"))].map((m) => m[1] ?? m[2] ?? "");
    return [...new Set(used)].filter((cls) => !classes.has(cls)).map((cls) => `${path.relative(process.cwd(), file)}: ${name}.${cls}`);
  });
}

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(full);
    return entry.name.endsWith(".css") ? [full] : [];
  });
}

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, "");
const globals = readFileSync(GLOBALS, "utf8");
const defined = new Set([...withoutComments(globals).matchAll(/(--[\w-]+)\s*:/g)].map((match) => match[1]));

describe("design tokens", () => {
  it("every var(--name) used in a stylesheet under app/ is defined in app/globals.css", () => {
    const undefinedUses = cssFiles(APP).flatMap((file) =>
      [...withoutComments(readFileSync(file, "utf8")).matchAll(/var\(\s*(--[\w-]+)/g)]
        .map((match) => match[1] ?? "")
        .filter((name) => !defined.has(name))
        .map((name) => `${path.relative(process.cwd(), file)}: ${name}`),
    );
    expect(undefinedUses).toEqual([]);
  });

  it("every class a component takes from a CSS module is defined in that module", () => {
    // A missing class is undefined at run time: the element silently loses its style.
    expect(filesEndingWith(APP, [".tsx", ".ts"]).flatMap(undefinedModuleClasses)).toEqual([]);
  });

  it(`app/globals.css stays small: fewer than ${MAX_GLOBAL_LINES} lines`, () => {
    expect(globals.split("\n").length).toBeLessThan(MAX_GLOBAL_LINES);
  });

  it("app/globals.css styles no component: its only classes are the global utilities", () => {
    const classes = new Set([...withoutComments(globals).matchAll(/\.([a-zA-Z][\w-]*)/g)].map((match) => match[1]));
    expect([...classes].filter((name) => !GLOBAL_UTILITIES.includes(name ?? ""))).toEqual([]);
  });
});
