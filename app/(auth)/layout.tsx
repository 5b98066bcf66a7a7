import type { ReactNode } from "react";
import styles from "@/app/ui/auth/auth.module.css";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return <main className={styles.page}>{children}</main>;
}
