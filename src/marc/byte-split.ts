// Splits a byte stream at a delimiter (0x1D between ISO 2709 records, 0x0A between JSON lines), memory bounded.

/** The bytes up to and including a delimiter; `oversize` when that was more than the limit (bytes dropped). */
export type Piece = { bytes: Uint8Array } | { oversize: number };

/**
 * Yields the pieces between delimiters, each with its delimiter, and a last undelimited piece if any. A piece
 * longer than `maxBytes` is not kept: it is reported by size, so input that is not what it claims to be never
 * fills memory.
 */
export async function* splitAt(chunks: AsyncIterable<Uint8Array>, delimiter: number, maxBytes: number): AsyncGenerator<Piece> {
  let carry: Uint8Array[] = [];
  let carried = 0;
  let discarding = false;
  for await (const chunk of chunks) {
    let from = 0;
    for (let end = chunk.indexOf(delimiter); end >= 0; end = chunk.indexOf(delimiter, from)) {
      const tail = chunk.subarray(from, end + 1);
      if (discarding) yield { oversize: carried + tail.length };
      else yield { bytes: carry.length === 0 ? tail : Buffer.concat([...carry, tail]) };
      carry = [];
      carried = 0;
      discarding = false;
      from = end + 1;
    }
    if (from < chunk.length) {
      carried += chunk.length - from;
      if (!discarding) carry.push(chunk.subarray(from));
      if (carried > maxBytes) {
        discarding = true;
        carry = [];
      }
    }
  }
  if (discarding) yield { oversize: carried };
  else if (carry.length > 0) yield { bytes: Buffer.concat(carry) };
}
