// The check code a phone makes for each request it sends: with the reference it opens the request from any device, so
// it is made from the phone's strong random numbers, never Math.random. The server keeps only a hash of it.
import { CHECK_CODE_ALPHABET, CHECK_CODE_LENGTH } from '../../../../shared/requests/request';

/** Bytes at or past this are thrown away, so every letter of the alphabet is equally likely (256 is not a multiple of 31). */
const FAIR_LIMIT = 256 - (256 % CHECK_CODE_ALPHABET.length);

export function makeCheckCode(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  let code = '';
  while (code.length < CHECK_CODE_LENGTH) {
    for (const byte of random(new Uint8Array(CHECK_CODE_LENGTH * 2))) {
      if (byte >= FAIR_LIMIT) continue;
      code += CHECK_CODE_ALPHABET[byte % CHECK_CODE_ALPHABET.length];
      if (code.length === CHECK_CODE_LENGTH) break;
    }
  }
  return code;
}

/** The code in two groups of five, easier to copy down ("7K3QX 9M2PA"); the lookup takes it with or without the space. */
export const groupCheckCode = (code: string): string => `${code.slice(0, 5)} ${code.slice(5)}`;
