import { describe, expect, it } from "vitest";
import { passwordWeakness } from "./password-policy";

// Long enough is not enough: the commonest passwords and patterns are refused, whatever their length.
describe("passwordWeakness", () => {
  it.each(["password1234", "123456789012", "qwertyuiopasdf", "aaaaaaaaaaaa", "iloveyou1234", "Password123!"])("refuses the common or patterned %s", (password) => {
    expect(passwordWeakness(password)).toMatch(/too easy to guess/);
  });

  it("refuses a password built on the person's own name or email", () => {
    expect(passwordWeakness("ada.admin2026", { name: "Ada Admin", email: "ada.admin@example.test" })).not.toBeNull();
  });

  it.each(["correct horse battery staple", "tailings-kettle-magnolia-41", "Quebrada azul 2031 ramp up!"])("accepts %s", (password) => {
    expect(passwordWeakness(password)).toBeNull();
  });
});
