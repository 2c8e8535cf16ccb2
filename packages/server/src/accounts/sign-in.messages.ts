import type { Locale } from '../shared/locale.js';
import { ApiError } from '../shared/errors.js';

const MESSAGES = {
  en: {
    invalidCredentials: 'The email or password is not right.',
    rateLimited: (minutes: number) =>
      `Too many failed sign-in attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  },
  es: {
    invalidCredentials: 'El correo o la contraseña no son correctos.',
    rateLimited: (minutes: number) =>
      `Demasiados intentos fallidos de iniciar sesión. Vuelve a intentarlo dentro de ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}.`,
  },
} satisfies Record<Locale, unknown>;

/** A wrong password and an unknown email get this same answer, so it does not tell who has an account. */
export function invalidCredentials(locale: Locale): ApiError {
  return new ApiError('INVALID_CREDENTIALS', MESSAGES[locale].invalidCredentials);
}

/** 429 with `Retry-After` in seconds and the wait, rounded up to minutes, in the message. */
export function rateLimited(retryAfterSeconds: number, locale: Locale): ApiError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new ApiError('RATE_LIMITED', MESSAGES[locale].rateLimited(Math.ceil(seconds / 60)), undefined, {
    'Retry-After': String(seconds),
  });
}
