import Link from "next/link";
import alerts from "@/app/ui/common/alert.module.css";
import styles from "./scenarios.module.css";

/** The rule behind each refusal code of POST /api/projects/{id}/scenarios/compare (lib/scenarios/compare-rules.ts). */
export const COMPARE_RULES: Record<string, string> = {
  SCENARIO_PROJECT_MISMATCH: "Same project",
  SCENARIO_STATUS_INVALID: "No archived scenarios",
  SCENARIO_CURRENCY_MISMATCH: "Same currency",
  SCENARIO_TIMELINE_DISJOINT: "Overlapping timelines",
  SCENARIO_RESOURCE_MISMATCH: "Same primary resource",
};

/** Why the scenarios cannot be compared: the rule's name, the service's message (naming the scenarios), a way back. */
export function CompareRefusal({ code, message, projectId }: { code: string; message: string; projectId: string }) {
  const rule = COMPARE_RULES[code];
  return (
    <section className={`${alerts.alert} ${alerts.error} ${alerts.stacked} ${alerts.roomy} ${styles.refusal}`} role="alert" aria-labelledby="refusal-title">
      <h2 id="refusal-title">{rule ? `These scenarios cannot be compared: rule “${rule}”` : "These scenarios cannot be compared"}</h2>
      <p>{message}.</p>
      <p className={styles.refusalCode}>Rule code: {code}</p>
      <Link href={`/projects/${projectId}`}>Choose other scenarios</Link>
    </section>
  );
}
