/** The new password of a form with a "repeat it" field, or why it cannot be sent (checked before any request). */
export function readRepeatedPassword(form: FormData, field: string, repeatField = "confirm"): { password: string; mismatch?: string } {
  const password = String(form.get(field) ?? "");
  const isSame = password === String(form.get(repeatField) ?? "");
  return isSame ? { password } : { password, mismatch: "The two passwords are not the same" };
}
