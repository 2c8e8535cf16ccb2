import type { Locale } from '../shared/locale.js';

export const ACCOUNT_LINK_MESSAGES = {
  en: {
    linkExpired: 'This link has expired or has already been used. Ask for a new one.',
    emailTaken: 'Another person already has this email.',
    sameEmail: 'This is already your email.',
    wrongPassword: 'The password is not right.',
    noEmail: 'Your account has no email to change.',
  },
  es: {
    linkExpired: 'Este enlace ha caducado o ya se ha usado. Pide uno nuevo.',
    emailTaken: 'Otra persona ya tiene este correo.',
    sameEmail: 'Este ya es tu correo.',
    wrongPassword: 'La contraseña no es correcta.',
    noEmail: 'Tu cuenta no tiene un correo que cambiar.',
  },
} satisfies Record<Locale, Record<string, string>>;
