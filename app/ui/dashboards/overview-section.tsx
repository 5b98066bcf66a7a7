import Link from "next/link";
import type { ActivityEntry, OrganisationOverview } from "@/lib/http/contracts/dashboards";
import { formatEnumLabel, formatWhen } from "@/app/ui/format";
import { NpvRangeChart } from "./npv-range-chart";
import { choosePercentileLabels, toNpvRange } from "./npv-ranges";
import layout from "@/app/ui/common/layout.module.css";
import styles from "./dashboards.module.css";

function describeActivity(entry: ActivityEntry): string {
  const what = `${formatEnumLabel(entry.entityType).toLowerCase()}${entry.entityName ? ` “${entry.entityName}”` : ""}`;
  return `${entry.userName ?? "System"}: ${entry.action.replace("_", " ")} ${what}`;
}

function ActivityTime({ at }: { at: string }) {
  return <time dateTime={at}>{formatWhen(at)}</time>;
}

function OverviewCards({ overview }: { overview: OrganisationOverview }) {
  const { counts, lastChange } = overview;
  const stats: [string, string][] = [
    ["Projects", String(counts.projects)],
    ["Active scenarios", `${counts.activeScenarios} of ${counts.scenarios}`],
    ["Runs in progress", String(counts.runsRunning + counts.runsQueued)],
    ["Runs finished", `${counts.runsSucceeded + counts.runsFailed + counts.runsCancelled}${counts.runsFailed > 0 ? ` (${counts.runsFailed} failed)` : ""}`],
  ];
  return (
    <dl className={styles.statGrid} aria-label="Organisation summary">
      {stats.map(([label, value]) => (
        <div className={styles.stat} key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      <div className={styles.stat}>
        <dt>Last change</dt>
        <dd className={styles.small}>{lastChange ? <ActivityTime at={lastChange.at} /> : "None yet"}</dd>
      </div>
    </dl>
  );
}

function RecentActivity({ entries }: { entries: ActivityEntry[] }) {
  if (entries.length === 0) return <p>No changes recorded yet.</p>;
  return (
    <ol className={styles.activity}>
      {entries.map((entry, index) => (
        <li key={`${entry.at}-${index}`}>
          <ActivityTime at={entry.at} /> — {describeActivity(entry)}
        </li>
      ))}
    </ol>
  );
}

function BaseCaseNpv({ projects }: { projects: OrganisationOverview["projects"] }) {
  const withRuns = projects.filter((p) => p.npv);
  const currencies = new Set(withRuns.map((p) => p.currency));
  const [currency] = currencies;
  if (!currency) return <p>No base case has a finished simulation run yet. Run one from a scenario to see its NPV range here.</p>;
  const labels = choosePercentileLabels(withRuns.map((p) => p.npv));
  // One money axis per currency: projects in other currencies are listed in their own chart.
  return (
    <div className={styles.stack}>
      {[...currencies].map((c) => (
        <NpvRangeChart
          key={c}
          title={`Base-case NPV, ${labels.low}/P50/${labels.high}, by project (${c})`}
          ranges={projects.filter((p) => p.currency === c).map((p) => toNpvRange(p.name, p.npv, labels))}
          currency={c}
          lowLabel={labels.low}
          highLabel={labels.high}
          xAxisTitle="Project"
        />
      ))}
      <ul className={styles.links}>
        {projects.map((p) => (
          <li key={p.id}>
            <Link href={`/projects/${p.id}/dashboard`}>{p.name} dashboard</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The organisation overview: cards, base-case NPV by project and recent activity. */
export function OverviewSection({ overview }: { overview: OrganisationOverview }) {
  return (
    <>
      <OverviewCards overview={overview} />
      <div className={styles.columns}>
        <section className={layout.section} aria-labelledby="npv-heading">
          <h2 id="npv-heading">Base-case NPV</h2>
          <BaseCaseNpv projects={overview.projects} />
        </section>
        <section className={layout.section} aria-labelledby="activity-heading">
          <h2 id="activity-heading">Recent activity</h2>
          <RecentActivity entries={overview.recentActivity} />
        </section>
      </div>
    </>
  );
}
