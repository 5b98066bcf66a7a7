"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "@/app/ui/forms/confirm-dialog";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { api } from "@/lib/client/api-client";
import buttons from "@/app/ui/common/button.module.css";

/** Delete for project managers; a deck in use is refused by the API, which names the scenarios in the dialog. */
export function DeleteDeckButton({
  deckId,
  deckName,
  usedByCount,
}: {
  deckId: string;
  deckName: string;
  usedByCount: number;
}) {
  const router = useRouter();
  const [isConfirming, setIsConfirming] = useState(false);
  const submit = useApiSubmit();

  async function onConfirm() {
    const result = await submit.run(() => api.delete(`/api/price-decks/${deckId}`));
    if (!result.ok) return;
    setIsConfirming(false);
    router.push("/price-decks");
    router.refresh();
  }

  return (
    <>
      <button
        type="button"
        className={`${buttons.button} ${buttons.ghostDanger}`}
        onClick={() => setIsConfirming(true)}
      >
        Delete price deck
      </button>
      <ConfirmDialog
        open={isConfirming}
        title={`Delete price deck “${deckName}”?`}
        description={
          <p>
            {usedByCount > 0
              ? `${usedByCount} scenario${usedByCount === 1 ? " uses" : "s use"} it: give ${usedByCount === 1 ? "it" : "them"} another price source or deck first.`
              : "No scenario uses it. Its prices are deleted with it; this cannot be undone."}
          </p>
        }
        confirmLabel="Delete price deck"
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
    </>
  );
}
