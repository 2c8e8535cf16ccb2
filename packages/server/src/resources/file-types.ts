/**
 * What an uploaded file is, decided from its bytes with `file-type` (magic numbers, and for office
 * documents the parts inside their zip), never from the name or the Content-Type the browser sent.
 */
import { fileTypeFromBuffer } from 'file-type';
import { ATTACHMENT_FILE_TYPES, type AttachmentExtension } from '../shared/vocabulary.js';

export interface IdentifiedFile {
  extension: AttachmentExtension;
  contentType: (typeof ATTACHMENT_FILE_TYPES)[AttachmentExtension];
}

const isAllowed = (extension: string): extension is AttachmentExtension =>
  Object.hasOwn(ATTACHMENT_FILE_TYPES, extension);

const identified = (extension: AttachmentExtension): IdentifiedFile => ({
  extension,
  contentType: ATTACHMENT_FILE_TYPES[extension],
});

/** Word, Excel and PowerPoint before 2007 share one container (CFB); only the name tells them apart. */
const LEGACY_OFFICE: readonly AttachmentExtension[] = ['doc', 'xls', 'ppt'];
/** Text has no magic number: these names are taken as text when the bytes are text. */
const TEXT: readonly AttachmentExtension[] = ['txt', 'csv', 'md'];

/** The allowed type the bytes are, or undefined when they are none of them. */
export async function identifyFile(bytes: Uint8Array, fileName: string): Promise<IdentifiedFile | undefined> {
  const named = extensionOf(fileName);
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) {
    if (detected.ext === 'cfb') return LEGACY_OFFICE.includes(named!) ? identified(named!) : undefined;
    return isAllowed(detected.ext) ? identified(detected.ext) : undefined;
  }
  if (named && TEXT.includes(named) && isPlainText(bytes)) return identified(named);
  return undefined;
}

function extensionOf(fileName: string): AttachmentExtension | undefined {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'jpeg') return 'jpg';
  return extension && isAllowed(extension) ? extension : undefined;
}

// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

/** UTF-8 without control characters (tabs, line breaks and form feeds aside). */
function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  try {
    return !CONTROL.test(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return false;
  }
}
