import { useState } from "react";

/**
 * A key that changes with every result of a form's action. Keying the form
 * with it remounts the fields after each submission, so every control —
 * selects included, which React's automatic form reset empties — shows what
 * was submitted (or the saved values) rather than its first default.
 */
export function useFormKey(state: unknown): number {
  const [seen, setSeen] = useState(state);
  const [key, setKey] = useState(0);
  if (state !== seen) {
    setSeen(state);
    setKey(key + 1);
  }
  return key;
}
