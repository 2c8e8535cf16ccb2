/**
 * The text of every mail, in English and Spanish: a subject, a plain-text body and a simple HTML
 * body made from the same paragraphs. Values are escaped in the HTML; links are absolute.
 */
import type { Locale } from '../shared/locale.js';
import type { MailKind } from '../shared/mail-kinds.js';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface Content {
  subject: string;
  paragraphs: string[];
  /** The one action the mail is for. */
  action?: { label: string; url: string } | undefined;
}

type Params = Record<string, string>;

export interface RenderContext {
  /** The origin links point at (TRELLIS_PUBLIC_URL). */
  baseUrl: string;
  /** The one-click unsubscribe page for this mail's category, when it has one. */
  unsubscribeUrl: string | null;
}

const REMOVED = {
  en: '(The link was removed from the outbox once sent.)',
  es: '(El enlace se quitó de la bandeja de salida al enviarse.)',
};

function link(context: RenderContext, path: string, token: string | undefined, locale: Locale) {
  if (!token) return { url: '', removed: REMOVED[locale] };
  return { url: `${context.baseUrl}${path}${encodeURIComponent(token)}`, removed: undefined };
}

type Template = (params: Params, context: RenderContext, locale: Locale) => Content;

const templates: Record<MailKind, Record<Locale, Template>> = {
  account_invitation: {
    en: (p, c, l) =>
      withLink(
        {
          subject: `You are invited to ${p.networkName} on Trellis`,
          paragraphs: [
            `Hello ${p.displayName},`,
            `${p.inviterName} has invited you to the network “${p.networkName}” on Trellis. Choose a password to set up your account; the link works once, for 7 days.`,
          ],
        },
        'Set up my account',
        link(c, '/account/set-password?purpose=invitation&token=', p.token, l),
      ),
    es: (p, c, l) =>
      withLink(
        {
          subject: `Te han invitado a ${p.networkName} en Trellis`,
          paragraphs: [
            `Hola, ${p.displayName}:`,
            `${p.inviterName} te ha invitado a la red «${p.networkName}» en Trellis. Elige una contraseña para activar tu cuenta; el enlace sirve una vez, durante 7 días.`,
          ],
        },
        'Activar mi cuenta',
        link(c, '/account/set-password?purpose=invitation&token=', p.token, l),
      ),
  },
  network_added: {
    en: (p, c) => ({
      subject: `You were added to ${p.networkName}`,
      paragraphs: [
        `Hello ${p.displayName},`,
        `${p.inviterName} has added you to the network “${p.networkName}” on Trellis.`,
      ],
      action: { label: 'Open the network', url: `${c.baseUrl}/networks/${p.networkSlug}` },
    }),
    es: (p, c) => ({
      subject: `Te han añadido a ${p.networkName}`,
      paragraphs: [
        `Hola, ${p.displayName}:`,
        `${p.inviterName} te ha añadido a la red «${p.networkName}» en Trellis.`,
      ],
      action: { label: 'Abrir la red', url: `${c.baseUrl}/networks/${p.networkSlug}` },
    }),
  },
  password_reset: {
    en: (p, c, l) =>
      withLink(
        {
          subject: 'Reset your Trellis password',
          paragraphs: [
            'Someone asked to reset the password of the Trellis account with this email. If it was you, choose a new password; the link works once, for one hour.',
            'If it was not you, ignore this mail: your password stays as it is.',
          ],
        },
        'Choose a new password',
        link(c, '/account/set-password?purpose=reset&token=', p.token, l),
      ),
    es: (p, c, l) =>
      withLink(
        {
          subject: 'Restablece tu contraseña de Trellis',
          paragraphs: [
            'Alguien ha pedido restablecer la contraseña de la cuenta de Trellis con este correo. Si has sido tú, elige una contraseña nueva; el enlace sirve una vez, durante una hora.',
            'Si no has sido tú, ignora este correo: tu contraseña no cambia.',
          ],
        },
        'Elegir una contraseña nueva',
        link(c, '/account/set-password?purpose=reset&token=', p.token, l),
      ),
  },
  email_change_confirm: {
    en: (p, c, l) =>
      withLink(
        {
          subject: 'Confirm your new email for Trellis',
          paragraphs: [
            `Confirm that ${p.newEmail} is the new email of your Trellis account. Until you do, the old one stays; the link works once, for 24 hours.`,
          ],
        },
        'Confirm this email',
        link(c, '/account/confirm-email?token=', p.token, l),
      ),
    es: (p, c, l) =>
      withLink(
        {
          subject: 'Confirma tu nuevo correo en Trellis',
          paragraphs: [
            `Confirma que ${p.newEmail} es el nuevo correo de tu cuenta de Trellis. Hasta entonces sigue el anterior; el enlace sirve una vez, durante 24 horas.`,
          ],
        },
        'Confirmar este correo',
        link(c, '/account/confirm-email?token=', p.token, l),
      ),
  },
  email_change_notice: {
    en: (p) => ({
      subject: 'The email of your Trellis account changed',
      paragraphs: [
        `The email of your Trellis account is now ${p.newEmail}. If you did not make this change, tell your network’s coordinators or the platform’s administrators at once.`,
      ],
    }),
    es: (p) => ({
      subject: 'Ha cambiado el correo de tu cuenta de Trellis',
      paragraphs: [
        `El correo de tu cuenta de Trellis es ahora ${p.newEmail}. Si no has hecho este cambio, avisa enseguida a la coordinación de tu red o a la administración de la plataforma.`,
      ],
    }),
  },
  survey_invitation: {
    en: (p, c) => ({
      subject: `Survey: ${p.surveyTitle}`,
      paragraphs: [
        `Hello ${p.displayName},`,
        `The network “${p.networkName}” asks you to answer the survey “${p.surveyTitle}” (wave ${p.waveNumber}) by ${p.closesOn}: whom you work with, in a few minutes.`,
      ],
      action: { label: 'Answer the survey', url: `${c.baseUrl}/waves/${p.waveId}/answer` },
    }),
    es: (p, c) => ({
      subject: `Encuesta: ${p.surveyTitle}`,
      paragraphs: [
        `Hola, ${p.displayName}:`,
        `La red «${p.networkName}» te pide responder la encuesta «${p.surveyTitle}» (oleada ${p.waveNumber}) antes del ${p.closesOn}: con quién trabajas, en unos minutos.`,
      ],
      action: { label: 'Responder la encuesta', url: `${c.baseUrl}/waves/${p.waveId}/answer` },
    }),
  },
  survey_reminder: {
    en: (p, c) => ({
      subject: `Reminder: ${p.surveyTitle}`,
      paragraphs: [
        `Hello ${p.displayName},`,
        `A reminder from “${p.networkName}”: the survey “${p.surveyTitle}” (wave ${p.waveNumber}) is open until ${p.closesOn}, and your answers are not in yet.`,
      ],
      action: { label: 'Answer the survey', url: `${c.baseUrl}/waves/${p.waveId}/answer` },
    }),
    es: (p, c) => ({
      subject: `Recordatorio: ${p.surveyTitle}`,
      paragraphs: [
        `Hola, ${p.displayName}:`,
        `Un recordatorio de «${p.networkName}»: la encuesta «${p.surveyTitle}» (oleada ${p.waveNumber}) está abierta hasta el ${p.closesOn} y aún no has enviado tus respuestas.`,
      ],
      action: { label: 'Responder la encuesta', url: `${c.baseUrl}/waves/${p.waveId}/answer` },
    }),
  },
  introduction_request: {
    en: (p, c) =>
      p.side === 'requester'
        ? {
            subject: `Your introduction to ${p.otherName}`,
            paragraphs: [
              `Hello ${p.displayName},`,
              `You asked Trellis to introduce you to ${p.otherName}. We have written to them; if they accept, you will both receive each other’s email. Until then, neither address is shared.`,
            ],
            action: { label: 'See the introduction', url: `${c.baseUrl}/introductions/${p.introductionId}` },
          }
        : {
            subject: `${p.otherName} would like to be introduced to you`,
            paragraphs: [
              `Hello ${p.displayName},`,
              `${p.otherName} found you through Trellis’s suggested connections and would like to get in touch. If you accept, you will both receive each other’s email; if not, nothing is shared.`,
            ],
            action: { label: 'Accept or decline', url: `${c.baseUrl}/introductions/${p.introductionId}` },
          },
    es: (p, c) =>
      p.side === 'requester'
        ? {
            subject: `Tu presentación a ${p.otherName}`,
            paragraphs: [
              `Hola, ${p.displayName}:`,
              `Has pedido a Trellis que te presente a ${p.otherName}. Le hemos escrito; si acepta, recibiréis el correo del otro. Hasta entonces no se comparte ninguna dirección.`,
            ],
            action: { label: 'Ver la presentación', url: `${c.baseUrl}/introductions/${p.introductionId}` },
          }
        : {
            subject: `${p.otherName} quiere que os presenten`,
            paragraphs: [
              `Hola, ${p.displayName}:`,
              `${p.otherName} te ha encontrado en las conexiones sugeridas de Trellis y quiere ponerse en contacto. Si aceptas, recibiréis el correo del otro; si no, no se comparte nada.`,
            ],
            action: { label: 'Aceptar o rechazar', url: `${c.baseUrl}/introductions/${p.introductionId}` },
          },
  },
  introduction_accepted: {
    en: (p) => ({
      subject: `Introduction: ${p.otherName}`,
      paragraphs: [
        `Hello ${p.displayName},`,
        `The introduction was accepted. You can write to ${p.otherName} at ${p.otherEmail}.`,
      ],
    }),
    es: (p) => ({
      subject: `Presentación: ${p.otherName}`,
      paragraphs: [
        `Hola, ${p.displayName}:`,
        `La presentación se ha aceptado. Puedes escribir a ${p.otherName} en ${p.otherEmail}.`,
      ],
    }),
  },
};

function withLink(
  content: Content,
  label: string,
  target: { url: string; removed: string | undefined },
): Content {
  if (target.removed) return { ...content, paragraphs: [...content.paragraphs, target.removed] };
  return { ...content, action: { label, url: target.url } };
}

const FOOTER = {
  en: {
    unsubscribe: 'Stop receiving mail like this',
    security: 'This mail is about your account’s security, so it cannot be unsubscribed from.',
  },
  es: {
    unsubscribe: 'Dejar de recibir correos como este',
    security: 'Este correo trata de la seguridad de tu cuenta, así que no es posible darse de baja.',
  },
};

const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The message in `locale`; a parameter left out renders as empty. */
export function renderMail(
  kind: MailKind,
  locale: Locale,
  params: Params,
  context: RenderContext,
): RenderedMail {
  const safeParams = new Proxy(params, { get: (target, key: string) => target[key] ?? '' });
  const content = templates[kind][locale](safeParams, context, locale);
  const footer = context.unsubscribeUrl
    ? `${FOOTER[locale].unsubscribe}: ${context.unsubscribeUrl}`
    : kind.startsWith('survey') || kind.startsWith('introduction')
      ? ''
      : FOOTER[locale].security;
  const text = [
    ...content.paragraphs,
    ...(content.action ? [`${content.action.label}: ${content.action.url}`] : []),
    ...(footer ? ['—', footer] : []),
  ].join('\n\n');
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family: sans-serif; line-height: 1.5">`,
    ...content.paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`),
    ...(content.action
      ? [`<p><a href="${escape(content.action.url)}">${escape(content.action.label)}</a></p>`]
      : []),
    ...(context.unsubscribeUrl
      ? [
          `<hr><p><small><a href="${escape(context.unsubscribeUrl)}">${escape(FOOTER[locale].unsubscribe)}</a></small></p>`,
        ]
      : footer
        ? [`<hr><p><small>${escape(footer)}</small></p>`]
        : []),
    '</body></html>',
  ].join('\n');
  return { subject: content.subject, text, html };
}
