import { once } from "node:events";
import type { Worker } from "node:worker_threads";
import { strToU8, strFromU8, unzipSync, zipSync } from "fflate";
import { importLimits } from "./limits";
import { templateWorkbook } from "./templates";
import { readCentralDirectory } from "./zip-inspect";

// Workbooks and observers for the upload worker's tests (upload-worker*.test.ts); not used by the app.

/** The workers a parse starts, when each has exited, and how many answers they posted. */
export type StartedWorkers = { workers: Worker[]; exits: Promise<unknown[]>[]; answers: number; onWorker: (worker: Worker) => void };

export function watchWorkers(): StartedWorkers {
  const started: StartedWorkers = {
    workers: [],
    exits: [],
    answers: 0,
    onWorker: (worker) => {
      started.workers.push(worker);
      started.exits.push(once(worker, "exit"));
      worker.on("message", () => (started.answers += 1));
    },
  };
  return started;
}

/** The workbook's parts, with `name` replaced (or removed when `content` is undefined), zipped again. */
export function rezip(bytes: Uint8Array, name: string, content: Uint8Array<ArrayBuffer> | undefined): Uint8Array {
  const parts = unzipSync(bytes);
  if (content) parts[name] = content;
  else delete parts[name];
  return zipSync(parts, { level: 6 });
}

/** A zip that lies: `name` declared (local header and central directory) as `size` bytes unpacked. */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const lying = zip.slice();
  const view = new DataView(lying.buffer);
  const limits = importLimits();
  let position = readCentralDirectory(lying, limits).directoryOffset;
  for (const entry of readCentralDirectory(lying, limits).entries) {
    if (entry.name === name) {
      view.setUint32(position + 24, size, true);
      view.setUint32(entry.localOffset + 22, size, true);
    }
    position += 46 + view.getUint16(position + 28, true) + view.getUint16(position + 30, true) + view.getUint16(position + 32, true);
  }
  return lying;
}

/** The template's production sheet (exceljs names it sheet2.xml: parameters come first). */
export const PRODUCTION_SHEET = "xl/worksheets/sheet2.xml";

const honestBombs = new Map<number, Promise<Uint8Array>>();

/** The template with its production sheet replaced by `megabytes` MB of zeros (about 1/1000 of that compressed). */
async function honestBomb(megabytes: number): Promise<Uint8Array> {
  const parts = unzipSync(await templateWorkbook());
  // Level 9: fflate compresses zeros fastest at it (about 0.3 s for 20 MB, ten times that on a loaded 2-core host); built
  // once per test file. 20 MB of zeros pack about 1000:1, far above the 200:1 allowed, so it is a bomb by every check.
  return zipSync({ ...parts, [PRODUCTION_SHEET]: [new Uint8Array(megabytes * 1024 * 1024), { level: 9 }] });
}

/** A zip bomb in a workbook: a sheet of `megabytes` MB of zeros, declared as `declaredBytes` (its true size when undefined). */
export async function zipBombWorkbook({ megabytes, declaredBytes }: { megabytes: number; declaredBytes?: number }): Promise<Uint8Array> {
  const cached = honestBombs.get(megabytes) ?? honestBomb(megabytes);
  honestBombs.set(megabytes, cached);
  const bomb = await cached;
  return declaredBytes === undefined ? bomb : declareSize(bomb, PRODUCTION_SHEET, declaredBytes);
}

/** The template with `rowCount` more production rows of one number each: a workbook that takes long to parse. */
export function longSheetWorkbook(template: Uint8Array, rowCount: number): Uint8Array {
  const sheet = strFromU8(unzipSync(template)[PRODUCTION_SHEET] ?? new Uint8Array());
  const rows: string[] = [];
  for (let row = 3; row < rowCount + 3; row += 1) rows.push(`<row r="${row}"><c r="B${row}"><v>${row}</v></c></row>`);
  return rezip(template, PRODUCTION_SHEET, strToU8(sheet.replace("</sheetData>", `${rows.join("")}</sheetData>`)));
}
