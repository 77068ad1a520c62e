// Spelling help for "did you mean": the words one edit away from a word a patron typed.

const ALPHABET = [...'abcdefghijklmnopqrstuvwxyzåäö'];
/** Shorter words have too many neighbours one edit away for a correction to be a good guess. */
export const MIN_CORRECTED_LENGTH = 5;

/** Every word one deletion, transposition, substitution or insertion away (Damerau–Levenshtein 1). */
export function oneEditAway(word: string): string[] {
  const letters = [...word];
  const out = new Set<string>();
  const join = (parts: string[]) => parts.join('');
  for (let i = 0; i <= letters.length; i++) {
    const head = letters.slice(0, i);
    const tail = letters.slice(i);
    if (tail.length > 0) out.add(join([...head, ...tail.slice(1)]));
    if (tail.length > 1) out.add(join([...head, tail[1], tail[0], ...tail.slice(2)]));
    for (const letter of ALPHABET) {
      if (tail.length > 0) out.add(join([...head, letter, ...tail.slice(1)]));
      out.add(join([...head, letter, ...tail]));
    }
  }
  out.delete(word);
  return [...out];
}

/** Whether a query word should be checked for a misspelling: a long enough word of letters only. */
export function mayBeMisspelt(word: string): boolean {
  return [...word].length >= MIN_CORRECTED_LENGTH && /^\p{L}+$/u.test(word);
}

/** The query text with the misspelt words replaced, keeping a capital first letter where one was typed. */
export function rewriteText(text: string, replacements: readonly { start: number; end: number; word: string }[]): string {
  let out = text;
  for (const { start, end, word } of [...replacements].sort((a, b) => b.start - a.start)) {
    const typed = text.slice(start, end);
    const cased = typed[0] !== undefined && typed[0] !== typed[0].toLowerCase() ? word[0].toUpperCase() + word.slice(1) : word;
    out = out.slice(0, start) + cased + out.slice(end);
  }
  return out;
}
