import Link from "next/link";
import type { AuditPerson } from "@/lib/audit-log";
import { isAuditLogFiltered, type AuditLogFilter } from "@/lib/validation/audit-log";
import { AUDIT_ACTION_OPTIONS, AUDIT_ENTITY_TYPE_OPTIONS } from "@/app/ui/format";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";
import forms from "@/app/ui/forms/forms.module.css";

type Option = { value: string; label: string };

function FilterSelect({ id, name, label, anyLabel, value, options }: { id: string; name: string; label: string; anyLabel: string; value?: string; options: readonly Option[] }) {
  return (
    <div className={forms.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} className={forms.select} defaultValue={value ?? ""}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The people to choose from; a filtered person who has left the organisation stays selectable, or the select would lie. */
function personOptions(people: readonly AuditPerson[], userId: string | undefined): Option[] {
  const options = people.map((person) => ({ value: person.id, label: `${person.name} (${person.email})` }));
  if (userId && !people.some((person) => person.id === userId)) options.push({ value: userId, label: "A former member" });
  return options;
}

/** A plain GET form (works without JavaScript; every filter is a URL to share): person, kind, action, UTC days. */
export function AuditFilters({ filter, people }: { filter: AuditLogFilter; people: readonly AuditPerson[] }) {
  return (
    <form role="search" aria-label="Audit log" className={layout.toolbar} action="/admin/audit" method="get">
      <FilterSelect id="audit-person" name="userId" label="Person" anyLabel="Anyone" value={filter.userId} options={personOptions(people, filter.userId)} />
      <FilterSelect id="audit-kind" name="entityType" label="Kind of record" anyLabel="Any kind" value={filter.entityType} options={AUDIT_ENTITY_TYPE_OPTIONS} />
      <FilterSelect id="audit-action" name="action" label="Action" anyLabel="Any action" value={filter.action} options={AUDIT_ACTION_OPTIONS} />
      <div className={forms.field}>
        <label htmlFor="audit-from">From (UTC day)</label>
        <input id="audit-from" name="from" type="date" className={forms.input} defaultValue={filter.from ?? ""} />
      </div>
      <div className={forms.field}>
        <label htmlFor="audit-to">To (UTC day)</label>
        <input id="audit-to" name="to" type="date" className={forms.input} defaultValue={filter.to ?? ""} />
      </div>
      <div className={layout.toolbarActions}>
        <button type="submit" className={`${buttons.button} ${buttons.primary}`}>
          Filter
        </button>
        {isAuditLogFiltered(filter) ? (
          <Link href="/admin/audit" className={`${buttons.button} ${buttons.secondary}`}>
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}
