import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ERROR_STATUS, type ErrorCode } from '../shared/error-codes.js';
import type { Locale } from './locale.js';
import { defineTexts, inLocale, isText, type Text } from './text.js';

/**
 * The error catalogue: every failure the API reports has a stable code (listed, with its status,
 * in shared/error-codes.ts, which the web app shares), and one place (error-handler.ts) turns it
 * into `{ "error": { "code", "message", "details" } }`.
 */
export { ERROR_STATUS, type ErrorCode };

// Typed so that every status in the catalogue must be one Hono can answer with a body.
const STATUS: Record<ErrorCode, ContentfulStatusCode> = ERROR_STATUS;

/**
 * An expected failure with its catalogue code; anything else thrown becomes a 500 without internals.
 * A message people read is a `Text` (both languages); `message` is its English, for logs and the CLI.
 */
export class ApiError extends Error {
  readonly text: string | Text;

  constructor(
    readonly code: ErrorCode,
    message: string | Text,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(inLocale(message, 'en'));
    this.name = 'ApiError';
    this.text = message;
  }

  /** The message and details as a reader of `locale` gets them. */
  inLocale(locale: Locale): { message: string; details?: unknown } {
    const message = inLocale(this.text, locale);
    const details = localisedLists(this.details, locale);
    if (!hasIssues(details)) return { message, details };
    // A refusal or conflict said at a field keeps its own message; a validation failure sums its issues.
    const summary = this.code === 'VALIDATION_FAILED' ? issuesSummary(details.issues) : message;
    return { message: summary, details };
  }

  get status(): ContentfulStatusCode {
    return STATUS[this.code];
  }
}

/** What a 404 names, in both languages; a new kind of thing is added here (tsc says so). */
const NOT_FOUND = {
  Adoption: { en: 'Adoption not found.', es: 'No se encontró la adopción.' },
  Analysis: { en: 'Analysis not found.', es: 'No se encontró el análisis.' },
  Attachment: { en: 'Attachment not found.', es: 'No se encontró el archivo adjunto.' },
  Collection: { en: 'Collection not found.', es: 'No se encontró la colección.' },
  'Evidence item': { en: 'Evidence item not found.', es: 'No se encontró la evidencia.' },
  Inquiry: { en: 'Inquiry not found.', es: 'No se encontró la indagación.' },
  'Change idea': { en: 'Change idea not found.', es: 'No se encontró la idea de cambio.' },
  'PDSA cycle': { en: 'PDSA cycle not found.', es: 'No se encontró el ciclo PDSA.' },
  Measure: { en: 'Measure not found.', es: 'No se encontró la medida.' },
  'Data point': { en: 'Data point not found.', es: 'No se encontró el dato.' },
  Annotation: { en: 'Annotation not found.', es: 'No se encontró la anotación.' },
  'Chart phase': { en: 'Chart phase not found.', es: 'No se encontró la fase del gráfico.' },
  Introduction: { en: 'Introduction not found.', es: 'No se encontró la presentación.' },
  Mail: { en: 'Mail not found.', es: 'No se encontró el correo.' },
  Membership: { en: 'Membership not found.', es: 'No se encontró la pertenencia.' },
  Network: { en: 'Network not found.', es: 'No se encontró la red.' },
  Organisation: { en: 'Organisation not found.', es: 'No se encontró la organización.' },
  'Organisation in this network': {
    en: 'Organisation in this network not found.',
    es: 'No se encontró la organización en esta red.',
  },
  Person: { en: 'Person not found.', es: 'No se encontró a la persona.' },
  Practice: { en: 'Practice not found.', es: 'No se encontró la práctica.' },
  Resource: { en: 'Resource not found.', es: 'No se encontró el recurso.' },
  'Resource version': { en: 'Version not found.', es: 'No se encontró la versión.' },
  'Person in this network': {
    en: 'Person in this network not found.',
    es: 'No se encontró a la persona en esta red.',
  },
  Survey: { en: 'Survey not found.', es: 'No se encontró la encuesta.' },
  Wave: { en: 'Wave not found.', es: 'No se encontró la oleada.' },
} satisfies Record<string, Text>;

const GENERIC = defineTexts({
  forbidden: { en: 'You are not allowed to do this.', es: 'No tienes permiso para hacer esto.' },
  signIn: { en: 'Sign in to do this.', es: 'Inicia sesión para hacer esto.' },
});

export const notFound = (what: keyof typeof NOT_FOUND | Text) =>
  new ApiError('NOT_FOUND', typeof what === 'string' ? NOT_FOUND[what] : what);
export const forbidden = (message: string | Text = GENERIC.forbidden) => new ApiError('FORBIDDEN', message);
export const unauthenticated = () => new ApiError('UNAUTHENTICATED', GENERIC.signIn);
export const conflict = (message: string | Text, details?: unknown) =>
  new ApiError('CONFLICT', message, details);

/** One problem with one field of a request or a file row. */
export interface FieldIssue {
  path: string;
  message: string | Text;
}

export const validationFailed = (issues: FieldIssue[]) =>
  new ApiError(
    'VALIDATION_FAILED',
    issuesSummary(issues.map((issue) => ({ path: issue.path, message: inLocale(issue.message, 'en') }))),
    { issues },
  );

function issuesSummary(issues: { path: string; message: string }[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
}

/**
 * Details with each listed problem's message in `locale`: `issues` (fields) and any other list of
 * `{ message }` (an import's `rows`). Anything else an item carries (a code, a row) goes along unchanged.
 */
function localisedLists(details: unknown, locale: Locale): unknown {
  if (typeof details !== 'object' || details === null || Array.isArray(details)) return details;
  return Object.fromEntries(
    Object.entries(details).map(([key, value]) => [
      key,
      Array.isArray(value)
        ? value.map((item: unknown) =>
            typeof item === 'object' && item !== null && 'message' in item && isText(item.message)
              ? { ...item, message: item.message[locale] }
              : item,
          )
        : value,
    ]),
  );
}

function hasIssues(details: unknown): details is { issues: { path: string; message: string }[] } {
  return (
    typeof details === 'object' && details !== null && Array.isArray((details as { issues?: unknown }).issues)
  );
}
