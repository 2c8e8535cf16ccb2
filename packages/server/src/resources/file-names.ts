/**
 * The name an attachment is kept and downloaded under: the uploader's name made harmless (no
 * folders, control or bidirectional characters, or characters Windows refuses), ending in the
 * extension of what the bytes are, so that "report.html" holding a PDF downloads as
 * "report.html.pdf" and opens as what it is.
 */
import type { AttachmentExtension } from '../shared/vocabulary.js';

export const MAX_FILE_NAME_LENGTH = 200;

// eslint-disable-next-line no-control-regex -- control characters are what is removed
const UNSAFE = /[\u0000-\u001F\u007F-\u009F<>:"/\\|?*\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function safeFileName(uploaded: string, extension: AttachmentExtension): string {
  const lastPart = uploaded.split(/[/\\]/).pop() ?? '';
  let name = lastPart.normalize('NFC').replace(UNSAFE, '_').replace(/\s+/g, ' ').trim();
  name = name.replace(/^[.\s]+|[.\s]+$/g, '');
  const lower = name.toLowerCase();
  const hasExtension = lower.endsWith(`.${extension}`) || (extension === 'jpg' && lower.endsWith('.jpeg'));
  const stem = hasExtension ? name.slice(0, name.lastIndexOf('.')) : name;
  const room = MAX_FILE_NAME_LENGTH - extension.length - 1;
  const kept = [...stem].slice(0, room).join('').trim() || 'file';
  const suffix = hasExtension ? name.slice(name.lastIndexOf('.') + 1) : extension;
  return `${kept}.${suffix}`;
}
