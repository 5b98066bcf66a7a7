"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "@/app/ui/forms/confirm-dialog";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { api } from "@/lib/client/api-client";
import { formatScenarioCount } from "@/app/ui/format";
import buttons from "@/app/ui/common/button.module.css";
import forms from "@/app/ui/forms/forms.module.css";

/** Edit and delete for project managers; the delete dialog names the project and how many scenarios go with it. */
export function ProjectActions({ projectId, projectName, scenarioCount }: { projectId: string; projectName: string; scenarioCount: number }) {
  const router = useRouter();
  const [isConfirming, setIsConfirming] = useState(false);
  const submit = useApiSubmit();

  async function onConfirm() {
    const result = await submit.run(() => api.delete(`/api/projects/${projectId}`));
    if (!result.ok) return;
    setIsConfirming(false);
    router.push("/projects");
    router.refresh();
  }

  return (
    <div className={forms.actions}>
      <Link href={`/projects/${projectId}/edit`} className={`${buttons.button} ${buttons.secondary}`}>
        Edit project
      </Link>
      <button type="button" className={`${buttons.button} ${buttons.ghostDanger}`} onClick={() => setIsConfirming(true)}>
        Delete project
      </button>
      <ConfirmDialog
        open={isConfirming}
        title={`Delete project “${projectName}”?`}
        description={
          <p>
            {scenarioCount > 0
              ? `Its ${formatScenarioCount(scenarioCount)}, with all their inputs and simulation results, are deleted too.`
              : "It has no scenarios."}{" "}
            This cannot be undone.
          </p>
        }
        confirmLabel="Delete project"
        pendingLabel="Deleting…"
        tone="danger"
        pending={submit.pending}
        error={submit.message}
        onConfirm={onConfirm}
        onCancel={() => {
          submit.reset();
          setIsConfirming(false);
        }}
      />
    </div>
  );
}
