import { formatSampler } from "./format-run";
import type { Sampler } from "./types";

/** A run-table cell: the sampler, with the seed under it (what reproduces the run). */
export function SamplerCell({ sampler, seed }: { sampler: Sampler; seed: number }) {
  return (
    <td>
      {formatSampler(sampler)}
      <span className="sim-cell-sub">
        seed <span className="sim-mono">{seed}</span>
      </span>
    </td>
  );
}
