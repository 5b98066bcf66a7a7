import Link from "next/link";
import styles from "./brand.module.css";

/** The CalMiner wordmark; a link when given `href`. `className` adapts it to where it sits (e.g. the dark sidebar). */
export function Brand({ href, className }: { href?: string; className?: string }) {
  const classes = className ? `${styles.brand} ${className}` : styles.brand;
  const content = (
    <>
      <span className={styles.mark} aria-hidden="true">
        C
      </span>
      CalMiner
    </>
  );
  return href ? (
    <Link href={href} className={classes}>
      {content}
    </Link>
  ) : (
    <span className={classes}>{content}</span>
  );
}
