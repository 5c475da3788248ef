/** Reading a response body under a byte cap and a deadline, without buffering past the cap. */

export type BodyRead = { kind: 'ok'; bytes: Uint8Array } | { kind: 'too-large'; received: number };

/**
 * Reads `body` to the end, or stops and cancels the stream as soon as more than `maxBytes`
 * arrived (the cap applies to what fetch hands us, i.e. after gzip decoding).
 * Each read also races `abort`, which rejects when the deadline passes, so a server that
 * trickles bytes (slow loris) cannot hold us past it even if the stream ignores the signal.
 */
export async function readBodyCapped(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  abort: Promise<never>,
): Promise<BodyRead> {
  if (!body) return { kind: 'ok', bytes: new Uint8Array(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), abort]);
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        reader.cancel().catch(() => undefined);
        return { kind: 'too-large', received };
      }
      chunks.push(value);
    }
  } catch (err) {
    reader.cancel().catch(() => undefined);
    throw err;
  }
  return { kind: 'ok', bytes: concat(chunks, received) };
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
