/**
 * Decides what an import file's bytes are before anything parses them. Only UTF-8 is read (with
 * or without a byte-order mark); anything else is refused with the encoding it most likely is and
 * how to re-save it, because decoding a Latin-1 file as UTF-8 silently turns "José" into "Jos�"
 * and decoding UTF-16 as UTF-8 turns "display" into "d\0i\0s\0…".
 *
 * No detector library: the only encodings a CSV from a school office plausibly comes in are
 * UTF-8, UTF-16 (Excel's "Unicode Text") and Windows-1252/Latin-1 (Excel's "CSV" on a Western
 * European Windows), and those three are told apart exactly by byte-order marks, NUL patterns
 * and a strict UTF-8 decoder. A general detector would guess among dozens of code pages on a
 * few names and could name the wrong one.
 */
import type { Text } from '../shared/text.js';
import { ImportError } from './import-error.js';
import { encodingByBom, encodingByNuls, notUtf8, otherEightBit, westernWindows } from './import.texts.js';

/** Byte-order marks of the encodings that are refused, longest first (UTF-32LE's starts like UTF-16LE's). */
const REFUSED_BOMS: { bytes: number[]; name: string }[] = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], name: 'UTF-32 (little-endian)' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], name: 'UTF-32 (big-endian)' },
  { bytes: [0xff, 0xfe], name: 'UTF-16 (little-endian)' },
  { bytes: [0xfe, 0xff], name: 'UTF-16 (big-endian)' },
];

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Returns the text of a UTF-8 file (a byte-order mark dropped); throws ImportError naming any other encoding. */
export function decodeImportFile(bytes: Uint8Array): string {
  if (startsWith(bytes, UTF8_BOM)) return decodeUtf8(bytes.subarray(UTF8_BOM.length));
  const bom = REFUSED_BOMS.find((candidate) => startsWith(bytes, candidate.bytes));
  if (bom) refuse(encodingByBom(bom.name));
  const wide = wideEncodingByNuls(bytes);
  if (wide) refuse(encodingByNuls(wide));
  return decodeUtf8(bytes);
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    refuseLegacyEncoding(bytes);
  }
}

/**
 * UTF-16 text of mostly ASCII (a CSV header always is) has a zero byte in every other position:
 * the odd ones for little-endian, the even ones for big-endian. A UTF-8 file has zero bytes only
 * where a cell holds a stray NUL, which is reported as that cell's problem instead.
 */
function wideEncodingByNuls(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 1024) & ~1);
  const pairs = sample.length / 2;
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index++) {
    if (sample[index] !== 0) continue;
    if (index % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const most = (count: number) => count >= pairs * 0.5;
  const few = (count: number) => count <= pairs * 0.1;
  if (most(oddZeros) && few(evenZeros)) return 'UTF-16 (little-endian)';
  if (most(evenZeros) && few(oddZeros)) return 'UTF-16 (big-endian)';
  if (most(oddZeros) && most(evenZeros)) return 'UTF-32';
  return null;
}

/** Bytes Windows-1252 leaves undefined; in ISO-8859-1, 0x80–0x9F are control codes no text uses. */
const UNDEFINED_IN_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Refuses a file that is not UTF-8, naming the first line that is not and the likely encoding.
 * Only the lines that fail to decode are looked at, so the UTF-8 sequences of a mostly UTF-8
 * file do not count as evidence. The message never quotes the line: it holds people's data.
 */
function refuseLegacyEncoding(bytes: Uint8Array): never {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let firstBadLine: number | null = null;
  let firstBadByte = 0;
  let c1Bytes = 0;
  let undefinedBytes = 0;
  for (const { line, start, end } of lines(bytes)) {
    const text = bytes.subarray(start, end);
    try {
      strict.decode(text);
      continue;
    } catch {
      // Not UTF-8: its high bytes are evidence of what it is.
    }
    for (const byte of text) {
      if (byte < 0x80) continue;
      if (firstBadLine === null) {
        firstBadLine = line;
        firstBadByte = byte;
      }
      if (byte <= 0x9f) {
        if (UNDEFINED_IN_WINDOWS_1252.has(byte)) undefinedBytes++;
        else c1Bytes++;
      }
    }
  }
  const hex = `0x${firstBadByte.toString(16).toUpperCase().padStart(2, '0')}`;
  let guess: Text;
  if (undefinedBytes > 0) {
    guess = otherEightBit;
  } else {
    const name = c1Bytes > 0 ? 'Windows-1252' : 'Windows-1252 or ISO-8859-1 (Latin-1)';
    const character = new TextDecoder('windows-1252').decode(Uint8Array.of(firstBadByte));
    guess = westernWindows(name, hex, character);
  }
  throw new ImportError([
    {
      row: firstBadLine ?? undefined,
      message: notUtf8(hex, guess),
    },
  ]);
}

/** The file's lines as byte ranges, numbered as an editor does (CRLF, LF and a lone CR each end one). */
function* lines(bytes: Uint8Array): Generator<{ line: number; start: number; end: number }> {
  let line = 1;
  let start = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index];
    if (byte !== 0x0a && byte !== 0x0d) continue;
    yield { line, start, end: index };
    if (byte === 0x0d && bytes[index + 1] === 0x0a) index++;
    line++;
    start = index + 1;
  }
  if (start < bytes.length) yield { line, start, end: bytes.length };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte);
}

function refuse(message: Text): never {
  throw new ImportError([{ message }]);
}
