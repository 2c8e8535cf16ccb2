import { defineTexts, type Text } from '../shared/text.js';

/** What the edge answers, in both languages (the error handler picks the caller's). */
export const EDGE_TEXTS = defineTexts({
  tooLarge: { en: 'The request body is too large.', es: 'El cuerpo de la petición es demasiado grande.' },
  overOneMegabyte: {
    en: 'The request body is larger than 1 MB.',
    es: 'El cuerpo de la petición ocupa más de 1 MB.',
  },
  internal: {
    en: 'Something went wrong on our side. It has been logged.',
    es: 'Algo ha fallado por nuestra parte. Ha quedado registrado.',
  },
  otherSite: {
    en: 'Requests from another site are not accepted.',
    es: 'No se aceptan peticiones desde otro sitio.',
  },
});

/** A body the framework could not read (its own English reason, e.g. "Malformed JSON in request body"). */
export const malformed = (reason: string): Text => ({
  en: reason || 'Malformed request.',
  es: 'La petición está mal formada (por ejemplo, un JSON no válido).',
});

export const noRoute = (method: string, path: string): Text => ({
  en: `No route for ${method} ${path}.`,
  es: `No hay ninguna ruta para ${method} ${path}.`,
});
