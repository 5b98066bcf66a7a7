import Link from "next/link";
import type { ReactNode } from "react";
import { hasRole } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/types";
import { MainNav, type NavItem } from "./main-nav";
import { OrganisationSwitcher } from "./organisation-switcher";
import { UserMenu } from "./user-menu";

const NAV_ITEMS: NavItem[] = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/projects", label: "Projects" },
  { href: "/simulations", label: "Simulations" },
  { href: "/operations", label: "Operations" },
  { href: "/reports", label: "Reports" },
  { href: "/api-reference", label: "API" },
];
const ADMIN_ITEM: NavItem = { href: "/admin", label: "Admin" };

/** The signed-in frame: skip link, sidebar navigation, header with organisation and user menu, main landmark. */
export function AppShell({ user, children }: { user: CurrentUser; children: ReactNode }) {
  const items = hasRole(user.activeOrganisation.role, "admin") ? [...NAV_ITEMS, ADMIN_ITEM] : NAV_ITEMS;
  return (
    <div className="shell">
      <a href="#main-content" className="skip-link">
        Skip to content
      </a>
      <aside className="shell-sidebar">
        <Link href="/dashboard" className="brand">
          <span className="brand-mark" aria-hidden="true">
            C
          </span>
          CalMiner
        </Link>
        <MainNav items={items} />
      </aside>
      <header className="shell-header">
        <OrganisationSwitcher user={user} />
        <UserMenu user={user} />
      </header>
      <main id="main-content" className="shell-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
