// Turns any chunk source (Node Readable, web stream, string arrays in tests) into decoded text.
import type { ChunkSource } from './question-record';

/** Yields text chunks; bytes are decoded as UTF-8 across chunk borders (a split character is kept). */
export async function* textChunks(source: ChunkSource): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of source as AsyncIterable<string | Uint8Array>) {
    if (typeof chunk === 'string') {
      if (chunk) yield chunk;
    } else {
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

export async function readAllText(source: ChunkSource): Promise<string> {
  let text = '';
  for await (const chunk of textChunks(source)) text += chunk;
  return text;
}
