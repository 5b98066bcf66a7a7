// Project vocabulary.
// lib/domain imports nothing: the schema, the contracts, the engine mapping and the browser share it.

export const OPERATION_TYPES = [
  "open_pit",
  "underground",
  "in_situ_leach",
  "heap_leach",
  "placer",
  "other",
] as const;

export type OperationType = (typeof OPERATION_TYPES)[number];
