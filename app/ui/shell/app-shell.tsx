import type { ReactNode } from "react";
import { hasRole } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/types";
import { Brand } from "@/app/ui/common/brand";
import { NumberFormatProvider } from "@/app/ui/format/number-format-provider";
import type { DecimalSeparator } from "@/app/ui/format/parse-number";
import { FocusAfterNavigation } from "./focus-after-navigation";
import { MainNav, type NavItem } from "./main-nav";
import { OrganisationSwitcher } from "./organisation-switcher";
import { UserMenu } from "./user-menu";
import styles from "./shell.module.css";

const NAV_ITEMS: NavItem[] = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/projects", label: "Projects" },
  { href: "/price-decks", label: "Price decks" },
  { href: "/simulations", label: "Simulations" },
  { href: "/operations", label: "Operations" },
  { href: "/reports", label: "Reports" },
  { href: "/api-reference", label: "API" },
];
const ADMIN_ITEM: NavItem = { href: "/admin", label: "Admin" };

/** The signed-in frame: skip link, sidebar navigation, header with organisation and user menu, main landmark. */
export function AppShell({ user, decimal, canCreateOrganisation = false, children }: { user: CurrentUser; decimal: DecimalSeparator; canCreateOrganisation?: boolean; children: ReactNode }) {
  const items = hasRole(user.activeOrganisation.role, "admin") ? [...NAV_ITEMS, ADMIN_ITEM] : NAV_ITEMS;
  return (
    <div className={styles.shell}>
      <a href="#main-content" className={styles.skipLink}>
        Skip to content
      </a>
      <aside className={styles.sidebar}>
        <Brand href="/dashboard" className={styles.brand} />
        <MainNav items={items} />
      </aside>
      <header className={styles.header}>
        <OrganisationSwitcher user={user} canCreateOrganisation={canCreateOrganisation} />
        <UserMenu user={user} />
      </header>
      <main id="main-content" className={styles.main} tabIndex={-1}>
        <NumberFormatProvider decimal={decimal}>{children}</NumberFormatProvider>
      </main>
      <FocusAfterNavigation mainId="main-content" />
    </div>
  );
}
