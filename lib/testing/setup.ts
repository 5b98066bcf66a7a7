import { afterEach, beforeEach, vi } from "vitest";

// An unexpected console.error is a bug: fail the test that produced it (epic-stack pattern).
// A test that expects an error log spies on console.error itself and restores it.
let consoleErrorSpy: ReturnType<typeof vi.spyOn> | undefined;

beforeEach(() => {
  consoleErrorSpy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(" ")}`);
  });
});

afterEach(() => {
  consoleErrorSpy?.mockRestore();
});
