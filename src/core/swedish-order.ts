// Swedish sort order for names and call numbers. The collator is made at first use: making one loads ICU's collation
// data, ~15 ms that a command which never sorts (an import) should not pay as it starts.

let numeric: Intl.Collator | null = null;

/** Compares as a Swedish list does: å, ä, ö after z, and numbers by value ("Hylla 2" before "Hylla 10"). */
export function compareSwedish(a: string, b: string): number {
  return (numeric ??= new Intl.Collator('sv', { numeric: true })).compare(a, b);
}
