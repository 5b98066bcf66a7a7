import { Unzip, UnzipInflate, UnzipPassThrough } from "fflate";
import type { ImportLimits } from "./limits";
import { refuseFile } from "./problems";

// Zip-bomb defence, run BEFORE a workbook reaches exceljs: first the central directory's declared entry count,
// sizes and ratios, then an actual decompression that counts bytes and stops at the first one over a limit (a
// zip may lie about its sizes). Nothing is kept: only counts.

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN_SIZE = 22;
/** Entries smaller than this are not held to the ratio (tiny XML parts compress very well). */
const RATIO_FLOOR_BYTES = 1024 * 1024;

type Entry = { name: string; compressedSize: number; size: number };

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_MIN_SIZE - 0xffff);
  for (let offset = view.byteLength - EOCD_MIN_SIZE; offset >= lowest; offset -= 1) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) return offset;
  }
  throw refuseFile("The workbook is corrupt: it has no zip directory");
}

/** The declared entries of the zip's central directory. */
export function readCentralDirectory(bytes: Uint8Array, limits: ImportLimits): Entry[] {
  if (bytes.length < EOCD_MIN_SIZE || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw refuseFile("This file is not an .xlsx workbook");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw refuseFile("The workbook uses zip64, which no workbook of an allowed size needs");
  if (count > limits.maxZipEntries) throw refuseFile(`The workbook holds ${count} files; at most ${limits.maxZipEntries} are allowed`);
  const entries: Entry[] = [];
  let position = offset;
  for (let index = 0; index < count; index += 1) {
    if (position + 46 > bytes.length || view.getUint32(position, true) !== CENTRAL_SIGNATURE) {
      throw refuseFile("The workbook is corrupt: its zip directory is damaged");
    }
    const nameLength = view.getUint16(position + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(position + 46, position + 46 + nameLength));
    entries.push({ name, compressedSize: view.getUint32(position + 20, true), size: view.getUint32(position + 24, true) });
    position += 46 + nameLength + view.getUint16(position + 30, true) + view.getUint16(position + 32, true);
  }
  return entries;
}

function checkDeclared(entries: readonly Entry[], limits: ImportLimits): void {
  const total = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (total > limits.maxUnzippedBytes) {
    throw refuseFile(`The workbook would unpack to ${total} bytes; at most ${limits.maxUnzippedBytes} are allowed`, { status: 413 });
  }
  for (const entry of entries) {
    const ratio = entry.size / Math.max(entry.compressedSize, 1);
    if (entry.size > RATIO_FLOOR_BYTES && ratio > limits.maxZipRatio) {
      throw refuseFile(`The workbook part ${entry.name} is compressed ${Math.round(ratio)}:1, above the ${limits.maxZipRatio}:1 allowed (a zip bomb?)`, { status: 413 });
    }
  }
}

/** Decompresses every entry, counting bytes; refuses at the first entry larger than declared or over the total. */
function checkActual(bytes: Uint8Array, entries: readonly Entry[], limits: ImportLimits): void {
  const declared = new Map(entries.map((entry) => [entry.name, entry.size]));
  let total = 0;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  unzip.onfile = (file) => {
    let size = 0;
    const limit = declared.get(file.name) ?? 0;
    file.ondata = (error, chunk) => {
      if (error) throw refuseFile("The workbook is corrupt: a part cannot be decompressed");
      size += chunk?.length ?? 0;
      total += chunk?.length ?? 0;
      if (size > limit) throw refuseFile(`The workbook part ${file.name} is larger than its zip directory says`, { status: 413 });
      if (total > limits.maxUnzippedBytes) throw refuseFile(`The workbook unpacks to more than ${limits.maxUnzippedBytes} bytes`, { status: 413 });
    };
    file.start();
  };
  try {
    unzip.push(bytes, true);
  } catch (error) {
    if (error instanceof Error && error.name === "AppError") throw error;
    throw refuseFile("The workbook is corrupt: it cannot be unzipped");
  }
}

/** Refuses a zip bomb or a corrupt zip; returns when the workbook may be handed to exceljs. */
export function inspectWorkbookZip(bytes: Uint8Array, limits: ImportLimits): void {
  const entries = readCentralDirectory(bytes, limits);
  checkDeclared(entries, limits);
  checkActual(bytes, entries, limits);
}
