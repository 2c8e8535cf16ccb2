import { defineTexts, type Text } from '../shared/text.js';

/** What the personal-data area says when it refuses something, in both languages. */
export const PERSONAL_DATA_TEXTS = defineTexts({
  wrongPassword: { en: 'The password is not right.', es: 'La contraseña no es correcta.' },
  passwordNeeded: {
    en: 'Enter your password to confirm that it is you.',
    es: 'Escribe tu contraseña para confirmar que eres tú.',
  },
  noAccount: {
    en: 'Only someone who can sign in can erase their own account.',
    es: 'Solo quien puede iniciar sesión puede borrar su propia cuenta.',
  },
  exportOthers: {
    en: 'You can download only your own data.',
    es: 'Solo puedes descargar tus propios datos.',
  },
  eraseOthers: {
    en: 'Only platform administrators erase someone else’s data, on their request.',
    es: 'Solo la administración de la plataforma borra los datos de otra persona, a petición suya.',
  },
  policyForbidden: {
    en: 'Only those who manage the network’s surveys choose what happens to erased people’s ties.',
    es: 'Solo quienes gestionan las encuestas de la red eligen qué pasa con los vínculos de las personas borradas.',
  },
});

/** The caller is the last coordinator of the networks named: erasing them would orphan those networks. */
export const soleCoordinator = (names: string): Text => ({
  en: `You are the only coordinator of ${names}. Appoint another coordinator first, then erase your account.`,
  es: `Eres la única persona coordinadora de ${names}. Nombra antes a otra persona coordinadora y después borra tu cuenta.`,
});

/** The same, said to an administrator erasing someone else. */
export const personSoleCoordinator = (names: string): Text => ({
  en: `This person is the only coordinator of ${names}. Appoint another coordinator first.`,
  es: `Esta persona es la única coordinadora de ${names}. Nombra antes a otra persona coordinadora.`,
});

/** Someone who signs in only through their school's provider, whose sign-in is no longer recent. */
export const signInAgain = (minutes: number): Text => ({
  en: `Sign in again with your school account to confirm that it is you, then erase within ${minutes} minutes.`,
  es: `Vuelve a iniciar sesión con la cuenta de tu centro para confirmar que eres tú y borra la cuenta en los ${minutes} minutos siguientes.`,
});
