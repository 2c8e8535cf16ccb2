/**
 * Small but real files of the kinds attachments meet, built in the test rather than checked in:
 * what `file-type` recognises is the bytes, so each starts as its format says.
 */
import { strToU8, zipSync } from 'fflate';

const text = (value: string) => new TextEncoder().encode(value);

export const samplePdf = (padding = 0) =>
  text(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n${' '.repeat(padding)}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );

/** A 1×1 PNG. */
export const samplePng = () =>
  Uint8Array.from(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      'base64',
    ),
  );

/** A Word document as Word writes one: a zip whose parts name it. */
export const sampleDocx = () =>
  zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    'word/document.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Plan</w:t></w:r></w:p></w:body></w:document>',
    ),
  });

/** A plain zip archive (not an office document). */
export const sampleZip = () => zipSync({ 'notes.txt': strToU8('hello') });

/** The header of an old Office (CFB) file; which of Word, Excel or PowerPoint only its name says. */
export const sampleCfb = () =>
  Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);

/** A Windows program. */
export const sampleExe = () =>
  Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, ...new Array<number>(200).fill(0)]);

export const sampleHtml = () =>
  text('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');

export const sampleText = (value = 'Tutoría: círculos restaurativos\nPaso 1, paso 2\n') => text(value);
