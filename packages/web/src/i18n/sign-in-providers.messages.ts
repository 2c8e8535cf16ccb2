/**
 * Sign-in through a school's identity provider (OpenID Connect): the button and why a sign-in
 * there opened no session. They join the catalogues as `signInProviders` (i18n/en.ts and es.ts).
 */
import type { OidcRefusal } from '../../../server/src/accounts/oidc-refusals.js';

export const signInProvidersEn = {
  or: 'Or sign in with your school’s account',
  signInWith: 'Sign in with {label}',
  refused: {
    failed:
      'The sign-in with your school’s account did not go through. Try again; if it keeps failing, tell your coordinator.',
    expired: 'That sign-in had expired or had already been used. Start again with the button below.',
    'no-email':
      'Your school’s account did not give Trellis an email address, so Trellis cannot tell who you are. Ask your school to share it, or sign in with your Trellis password.',
    'unverified-email':
      'Your school’s account has an email address it has not verified, so Trellis cannot rely on it. Verify it with your school, or sign in with your Trellis password.',
    'unknown-email':
      'The email address of your school’s account is not known to Trellis. Only people already in a network’s records can sign in: ask your network’s coordinator to add you with this address.',
  } satisfies Record<OidcRefusal, string>,
};

export const signInProvidersEs: typeof signInProvidersEn = {
  or: 'O entra con la cuenta de tu centro',
  signInWith: 'Entrar con {label}',
  refused: {
    failed:
      'No se ha podido entrar con la cuenta de tu centro. Vuelve a intentarlo; si sigue fallando, avisa a tu coordinación.',
    expired: 'Ese acceso había caducado o ya se había usado. Empieza de nuevo con el botón de abajo.',
    'no-email':
      'La cuenta de tu centro no ha dado a Trellis una dirección de correo, así que Trellis no puede saber quién eres. Pide a tu centro que la comparta, o entra con tu contraseña de Trellis.',
    'unverified-email':
      'La cuenta de tu centro tiene una dirección de correo sin verificar, así que Trellis no puede fiarse de ella. Verifícala con tu centro, o entra con tu contraseña de Trellis.',
    'unknown-email':
      'Trellis no conoce la dirección de correo de la cuenta de tu centro. Solo pueden entrar las personas que ya están en los registros de una red: pide a la coordinación de tu red que te añada con esta dirección.',
  },
};
