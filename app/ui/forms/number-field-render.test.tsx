import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NumberFormatProvider } from "@/app/ui/format/number-format-provider";
import { NumberField } from "./number-field";

// Issue #15: a number field is a text input (type=number cannot take "8,5"), with a decimal keypad, and shows its
// number in the separator the server resolved, so the server's HTML is what the browser renders first.

function render(decimal: "." | ",", value: number): string {
  return renderToStaticMarkup(
    <NumberFormatProvider decimal={decimal}>
      <NumberField label="Discount rate" unit="%" name="discountRatePct" defaultValue={value} required min={0} max={100} />
    </NumberFormatProvider>,
  );
}

describe("NumberField", () => {
  it("is a labelled text input with a decimal keypad, its unit in the label", () => {
    const html = render(".", 7.5);
    expect(html).toContain('type="text"');
    expect(html).toContain('inputMode="decimal"');
    expect(html).not.toContain('type="number"');
    expect(html).toMatch(/<label for="([^"]+)">Discount rate \(%\)/);
  });

  it("shows its number with the person's separator", () => {
    expect(render(",", 7.5)).toContain('value="7,5"');
    expect(render(".", 7.5)).toContain('value="7.5"');
  });
});
