import { defineTexts } from '../shared/text.js';

/** What the resources domain says to people, in both languages. */
export const resourceTexts = defineTexts({
  nothingToChange: { en: 'Send at least one field to change.', es: 'Envía al menos un campo que cambiar.' },
  noDerivatives: {
    en: 'Its licence says “no derivatives”: it may be shared as it is, but not adapted.',
    es: 'Su licencia dice «sin obras derivadas»: se puede compartir tal cual, pero no adaptar.',
  },
  mustShareAlike: {
    en: 'Its licence says “share alike”: an adaptation must carry the very same licence.',
    es: 'Su licencia dice «compartir igual»: una adaptación debe llevar exactamente la misma licencia.',
  },
  mustStayNonCommercial: {
    en: 'Its licence says “non-commercial”: an adaptation must keep that condition, so choose a licence with NC.',
    es: 'Su licencia dice «no comercial»: una adaptación debe mantener esa condición, así que elige una licencia con NC.',
  },
  signInToAdapt: { en: 'Sign in to adapt it.', es: 'Inicia sesión para adaptarlo.' },
  networkNeeded: {
    en: 'Choose the network to share it with.',
    es: 'Elige la red con la que compartirlo.',
  },
  mayNotShare: {
    en: 'Only the network’s members (observers aside) share resources with it.',
    es: 'Solo los miembros de la red (salvo observadores) comparten recursos con ella.',
  },
  mayNotEdit: {
    en: 'Only its authors and the network’s coordinators edit a resource.',
    es: 'Solo sus autores y la coordinación de la red editan un recurso.',
  },
  stayAnAuthor: {
    en: 'Keep yourself among the authors (only the network’s coordinators may leave themselves out).',
    es: 'Sigue entre los autores (solo la coordinación de la red puede quedarse fuera).',
  },
  notAPerson: { en: 'Choose people who exist.', es: 'Elige personas que existan.' },
  authorOnce: { en: 'Each author at most once.', es: 'Cada autor una sola vez.' },
  notAnOrganisation: {
    en: 'Choose an organisation that exists.',
    es: 'Elige una organización que exista.',
  },
});

/** What attachments say to people. */
export const attachmentTexts = defineTexts({
  notAFileWeTake: {
    en: 'This file is not one Trellis keeps: attach a PDF, an image (PNG, JPEG, GIF, WebP), an office document (Word, Excel, PowerPoint, OpenDocument, RTF), an EPUB or a text file (.txt, .csv, .md).',
    es: 'Trellis no guarda este tipo de archivo: adjunta un PDF, una imagen (PNG, JPEG, GIF, WebP), un documento de oficina (Word, Excel, PowerPoint, OpenDocument, RTF), un EPUB o un archivo de texto (.txt, .csv, .md).',
  },
  empty: { en: 'The file is empty.', es: 'El archivo está vacío.' },
  sendTheFile: {
    en: 'Send the file itself as the body (Content-Type: application/octet-stream), not JSON or a form.',
    es: 'Envía el propio archivo como cuerpo (Content-Type: application/octet-stream), no JSON ni un formulario.',
  },
  mayNotAttach: {
    en: 'Only those who may edit the resource (its authors and the network’s coordinators) attach files to it or remove them.',
    es: 'Solo quienes pueden editar el recurso (sus autores y la coordinación de la red) le adjuntan archivos o los quitan.',
  },
  storeUnavailable: {
    en: 'The file store cannot be reached just now; try again in a moment.',
    es: 'No se puede acceder al almacén de archivos en este momento; vuelve a intentarlo en un rato.',
  },
});

/** The refusal of a file over the server's limit, naming the limit. */
export function fileTooLarge(maxBytes: number) {
  const megabytes = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
  return {
    en: `The file is larger than ${megabytes} MB, the most this server takes.`,
    es: `El archivo ocupa más de ${String(megabytes).replace('.', ',')} MB, lo máximo que admite este servidor.`,
  };
}
