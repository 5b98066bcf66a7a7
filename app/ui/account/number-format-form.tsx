"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormError } from "@/app/ui/forms/form-error";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { useBrowserDecimalSeparator } from "@/app/ui/format/number-format-provider";
import type { DecimalSeparator } from "@/app/ui/format/parse-number";
import { NUMBER_FORMATS, type NumberFormat } from "@/lib/domain/number-format";
import { api } from "@/lib/client/api-client";
import alerts from "@/app/ui/common/alert.module.css";
import buttons from "@/app/ui/common/button.module.css";
import styles from "./account.module.css";

// The person's number format (issue #15): every numeric field reads and shows numbers with it.

const BROWSER = "browser";
type Choice = NumberFormat | typeof BROWSER;

/** One thousand two hundred and thirty-four and a half, as a format writes it. */
function exampleOf(decimal: DecimalSeparator): string {
  return decimal === "." ? "1,234.5" : "1.234,5";
}

function labelOf(choice: Choice, browser: DecimalSeparator): string {
  if (choice === "point") return `Decimal point: ${exampleOf(".")}`;
  if (choice === "comma") return `Decimal comma: ${exampleOf(",")}`;
  return `From my browser (currently: ${exampleOf(browser)})`;
}

function isChoice(value: unknown): value is Choice {
  return value === BROWSER || NUMBER_FORMATS.some((format) => format === value);
}

/** Three radios (browser, point, comma) and Save; the saved choice is said in a status message. */
export function NumberFormatForm({ numberFormat }: { numberFormat: NumberFormat | null }) {
  const router = useRouter();
  const submit = useApiSubmit();
  const browser = useBrowserDecimalSeparator();
  const [choice, setChoice] = useState<Choice>(numberFormat ?? BROWSER);
  const [saved, setSaved] = useState<string | undefined>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(undefined);
    const result = await submit.run(() => api.patch("/api/me", { numberFormat: choice === BROWSER ? null : choice }));
    if (!result.ok) return;
    setSaved(`Number format saved: ${labelOf(choice, browser)}.`);
    // The signed-in frame passes the stored format to every numeric field: read it again.
    router.refresh();
  }

  return (
    <form className={styles.form} onSubmit={handleSubmit} aria-label="Number format" aria-describedby="number-format-error">
      <FormError id="number-format-error" message={submit.message} />
      <fieldset className={styles.choice}>
        <legend>Number format</legend>
        {([BROWSER, ...NUMBER_FORMATS] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="numberFormat"
              value={option}
              checked={choice === option}
              onChange={(event) => {
                if (isChoice(event.target.value)) setChoice(event.target.value);
                setSaved(undefined);
              }}
            />
            {labelOf(option, browser)}
          </label>
        ))}
      </fieldset>
      <div role="status">{saved ? <p className={`${alerts.alert} ${alerts.success}`}>{saved}</p> : null}</div>
      <div>
        <button type="submit" className={`${buttons.button} ${buttons.primary}`} disabled={submit.pending}>
          {submit.pending ? "Saving…" : "Save number format"}
        </button>
      </div>
    </form>
  );
}
