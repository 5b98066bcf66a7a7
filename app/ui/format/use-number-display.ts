"use client";

import { useMemo } from "react";
import type { MetricUnit } from "@/lib/domain/reports";
import { formatYears } from "./durations";
import { formatMetric } from "./metrics";
import { formatMoney, formatMoneyMillions } from "./money";
import { useDecimalSeparator } from "./number-format-provider";
import { formatMultiple, formatNumber, formatQuantity } from "./numbers";
import { formatPercent, formatRate, formatRatioAsPercent } from "./percent";
import { formatTick, formatValue, type ValueFormat } from "./value-format";

// The shared formatting functions bound to the person's decimal separator (issue #15), for client components:
// `const show = useNumberDisplay(); show.number(1234.5)` → "1,234.5", or "1.234,5" under a decimal comma. The
// separator is resolved on the server (resolve-separator.ts), so the server's HTML and the client agree.

/** The formatting functions of app/ui/format in the person's number format. */
export function useNumberDisplay() {
  const decimal = useDecimalSeparator();
  return useMemo(
    () => ({
      decimal,
      number: (value: number | null | undefined, maximumFractionDigits = 2) => formatNumber(value, maximumFractionDigits, decimal),
      quantity: (value: number | null | undefined, unit: string, maximumFractionDigits = 0) => formatQuantity(value, unit, maximumFractionDigits, decimal),
      multiple: (value: number | null | undefined) => formatMultiple(value, decimal),
      money: (value: number | null | undefined, currency: string, fractionDigits = 0) => formatMoney(value, currency, fractionDigits, decimal),
      moneyMillions: (value: number | null | undefined, currency: string) => formatMoneyMillions(value, currency, decimal),
      percent: (valuePct: number | null | undefined, fractionDigits = 1) => formatPercent(valuePct, fractionDigits, decimal),
      ratioAsPercent: (ratio: number | null | undefined, fractionDigits = 1) => formatRatioAsPercent(ratio, fractionDigits, decimal),
      rate: (fraction: number | null | undefined) => formatRate(fraction, decimal),
      years: (years: number | null | undefined) => formatYears(years, decimal),
      metric: (value: number | null | undefined, unit: MetricUnit, currency: string) => formatMetric(value, unit, currency, decimal),
      value: (format: ValueFormat, value: number) => formatValue(format, value, decimal),
      tick: (format: ValueFormat, value: number) => formatTick(format, value, decimal),
    }),
    [decimal],
  );
}

export type NumberDisplay = ReturnType<typeof useNumberDisplay>;
