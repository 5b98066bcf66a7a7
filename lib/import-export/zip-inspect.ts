import { Unzip, UnzipInflate, UnzipPassThrough } from "fflate";
import type { ImportLimits } from "./limits";
import { refuseFile } from "./problems";

// Zip-bomb defence, run BEFORE a workbook reaches exceljs: first the central directory's declared entry count,
// sizes and ratios (cheap: the request's thread runs it, see upload-worker.ts), then an actual decompression that
// counts bytes and stops at the first one over a limit, because a zip may lie about its sizes. That one costs a
// full inflate, so only the upload worker thread runs it (countInflatedBytes). Nothing is kept: only counts.

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN_SIZE = 22;
/** Entries smaller than this are not held to the ratio (tiny XML parts compress very well). */
const RATIO_FLOOR_BYTES = 1024 * 1024;
/** Compressed bytes handed to the counting inflater at a time (see countInflatedBytes). */
const INFLATE_SLICE_BYTES = 4 * 1024;

/** One part as the central directory declares it; `localOffset` is where its local header starts (bytes). */
export type ZipEntry = { name: string; compressedSize: number; size: number; localOffset: number };
/** The declared parts, and where the central directory starts (the end of the last part's record, in bytes). */
export type ZipDirectory = { entries: ZipEntry[]; directoryOffset: number };

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_MIN_SIZE - 0xffff);
  for (let offset = view.byteLength - EOCD_MIN_SIZE; offset >= lowest; offset -= 1) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) return offset;
  }
  throw refuseFile("The workbook is corrupt: it has no zip directory");
}

/** The declared entries of the zip's central directory. */
export function readCentralDirectory(bytes: Uint8Array, limits: ImportLimits): ZipDirectory {
  if (bytes.length < EOCD_MIN_SIZE || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw refuseFile("This file is not an .xlsx workbook");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw refuseFile("The workbook uses zip64, which no workbook of an allowed size needs");
  if (count > limits.maxZipEntries) throw refuseFile(`The workbook holds ${count} files; at most ${limits.maxZipEntries} are allowed`);
  const entries: ZipEntry[] = [];
  let position = offset;
  for (let index = 0; index < count; index += 1) {
    if (position + 46 > bytes.length || view.getUint32(position, true) !== CENTRAL_SIGNATURE) {
      throw refuseFile("The workbook is corrupt: its zip directory is damaged");
    }
    const nameLength = view.getUint16(position + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(position + 46, position + 46 + nameLength));
    const localOffset = view.getUint32(position + 42, true);
    if (localOffset >= offset) throw refuseFile("The workbook is corrupt: its zip directory is damaged");
    entries.push({ name, compressedSize: view.getUint32(position + 20, true), size: view.getUint32(position + 24, true), localOffset });
    position += 46 + nameLength + view.getUint16(position + 30, true) + view.getUint16(position + 32, true);
  }
  return { entries, directoryOffset: offset };
}

function checkDeclared(entries: readonly ZipEntry[], limits: ImportLimits): void {
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

/**
 * Decompresses every entry, counting bytes; refuses at the first entry larger than declared or over the total.
 * CPU-bound for up to `maxUnzippedBytes`: run it in the upload worker thread, never on the request's thread.
 * `onInflated` hears the running total after every chunk (tests use it to see how early a refusal comes).
 */
export function countInflatedBytes(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  limits: ImportLimits,
  onInflated?: (totalBytes: number) => void,
): void {
  const declared = new Map(entries.map((entry) => [entry.name, entry.size]));
  let total = 0;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  unzip.onfile = (file) => {
    let size = 0;
    const limit = declared.get(file.name) ?? 0;
    file.ondata = (error, chunk) => {
      // fflate's inflater catches what this callback throws and hands it back here as `error`: a refusal thrown
      // below for the previous chunk must leave as itself, not as "corrupt".
      if (error) throw error.name === "AppError" ? error : refuseFile("The workbook is corrupt: a part cannot be decompressed");
      size += chunk?.length ?? 0;
      total += chunk?.length ?? 0;
      onInflated?.(total);
      if (size > limit) throw refuseFile(`The workbook part ${file.name} is larger than its zip directory says`, { status: 413 });
      if (total > limits.maxUnzippedBytes) throw refuseFile(`The workbook unpacks to more than ${limits.maxUnzippedBytes} bytes`, { status: 413 });
    };
    file.start();
  };
  try {
    // Fed in small slices: fflate inflates everything it is given before it reports a byte, so one push of a
    // whole 150 KB bomb would unpack all 150 MB (seconds of CPU, and the memory with it) before the first count.
    // A slice of INFLATE_SLICE_BYTES unpacks to at most ~1,032× that (deflate's limit), about 4 MB.
    for (let offset = 0; offset < bytes.length; offset += INFLATE_SLICE_BYTES) {
      const end = Math.min(offset + INFLATE_SLICE_BYTES, bytes.length);
      unzip.push(bytes.subarray(offset, end), end === bytes.length);
    }
  } catch (error) {
    if (error instanceof Error && error.name === "AppError") throw error;
    throw refuseFile("The workbook is corrupt: it cannot be unzipped");
  }
}

/** The cheap half, for the request's thread: refuses a zip whose directory declares too many or too large parts. */
export function inspectZipDirectory(bytes: Uint8Array, limits: ImportLimits): ZipDirectory {
  const directory = readCentralDirectory(bytes, limits);
  checkDeclared(directory.entries, limits);
  return directory;
}

/**
 * exceljs's streaming reader takes the parts in the order they come and needs the workbook's relationships, the
 * workbook (sheet names) and the shared strings before any worksheet; Excel writes them first, but exceljs's own
 * writer (our templates and exports) writes xl/workbook.xml last, and the reader then fails.
 */
const READING_ORDER = ["xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/sharedStrings.xml", "xl/styles.xml"];

function rankOf(name: string): number {
  const rank = READING_ORDER.indexOf(name);
  return rank === -1 ? READING_ORDER.length : rank;
}

/**
 * The zip's records (local header, compressed data, data descriptor) with the parts exceljs needs first moved to the
 * front, as views of `bytes`: nothing is decompressed or copied. A streaming unzip reads them one after the other.
 */
export function recordsInReadingOrder(bytes: Uint8Array, { entries, directoryOffset }: ZipDirectory): Uint8Array[] {
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  const records = byOffset.map((entry, index) => ({
    entry,
    record: bytes.subarray(entry.localOffset, byOffset[index + 1]?.localOffset ?? directoryOffset),
  }));
  return records.sort((a, b) => rankOf(a.entry.name) - rankOf(b.entry.name)).map(({ record }) => record);
}
