import { formatSampler } from "@/app/ui/format";
import type { Sampler } from "./types";
import styles from "./simulations.module.css";

/** A run-table cell: the sampler, with the seed under it (what reproduces the run). */
export function SamplerCell({ sampler, seed }: { sampler: Sampler; seed: number }) {
  return (
    <td>
      {formatSampler(sampler)}
      <span className={styles.cellSub}>
        seed <span className={styles.mono}>{seed}</span>
      </span>
    </td>
  );
}
