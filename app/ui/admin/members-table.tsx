import { formatLastSignIn, formatRoleLabel } from "@/app/ui/format";
import { MemberActions } from "./member-actions";
import type { MemberView } from "./types";
import badges from "@/app/ui/common/badge.module.css";
import tables from "@/app/ui/common/table.module.css";
import styles from "./admin.module.css";

type MembersTableProps = {
  organisationId: string;
  members: MemberView[];
  caption: string;
  /** The signed-in admin: their own row has no controls (they cannot demote, deactivate or remove themself). */
  currentUserId: string;
};

/** The organisation's users: name, email, role, status, last sign-in, and the row controls. */
export function MembersTable({ organisationId, members, caption, currentUserId }: MembersTableProps) {
  return (
    <div className={tables.wrap}>
      <table className={tables.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Last sign-in</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.id}>
              <th scope="row">{member.name}</th>
              <td>{member.email}</td>
              <td>{formatRoleLabel(member.role)}</td>
              <td>
                <span className={member.isActive ? badges.badge : `${badges.badge} ${badges.danger}`}>{member.isActive ? "Active" : "Deactivated"}</span>
              </td>
              <td>{formatLastSignIn(member.lastSignInAt)}</td>
              <td>
                {member.id === currentUserId ? (
                  <span className={styles.you}>This is you</span>
                ) : (
                  <MemberActions organisationId={organisationId} member={member} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
