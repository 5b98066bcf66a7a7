import type { ReactNode } from "react";
import styles from "./status.module.css";

export type SkeletonProps = { heightPx: number; widthPx?: number; marginBottomPx?: number; isDecorative?: boolean };

/** A grey shimmering block standing in for content that is loading. */
export function Skeleton({ heightPx, widthPx, marginBottomPx, isDecorative }: SkeletonProps) {
  return <div className={styles.skeleton} style={{ height: heightPx, width: widthPx, marginBottom: marginBottomPx }} aria-hidden={isDecorative || undefined} />;
}

/** The skeleton of a page header: its title, then the line under it (widths in px, as the page usually has them). */
export function headerBlocks(titleWidthPx: number, subtitleWidthPx: number): SkeletonProps[] {
  return [
    { heightPx: 32, widthPx: titleWidthPx, marginBottomPx: 12 },
    { heightPx: 18, widthPx: subtitleWidthPx, marginBottomPx: 28 },
  ];
}

/** A page's loading state: announced once ("Loading the project…") and drawn as skeleton blocks in the page's shape. */
export function LoadingSkeleton({ label, blocks, children }: { label: string; blocks: readonly SkeletonProps[]; children?: ReactNode }) {
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="visually-hidden">{label}</span>
      {blocks.map((block, index) => (
        <Skeleton key={index} {...block} />
      ))}
      {children}
    </div>
  );
}
