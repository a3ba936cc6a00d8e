// Plan codes ("1.2a", "AFI10", "R3") sort as people read them: numbers by value.
const collator = new Intl.Collator("en-GB", { numeric: true });

/** Compares two rows by their codes: 1.2 before 1.10, AFI2 before AFI10. */
export function byCode<T extends { code: string }>(a: T, b: T): number {
  return collator.compare(a.code, b.code);
}
