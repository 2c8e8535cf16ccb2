/** The messages people read from this area, in the languages Trellis speaks. */
import type { Locale } from '../shared/locale.js';

const MESSAGES = {
  en: {
    wrongPassword: 'The password is not right.',
    noAccount: 'Only someone who can sign in can erase their own account.',
    soleCoordinator: (names: string) =>
      `You are the only coordinator of ${names}. Appoint another coordinator first, then erase your account.`,
    personSoleCoordinator: (names: string) =>
      `This person is the only coordinator of ${names}. Appoint another coordinator first.`,
    exportOthers: 'You can download only your own data.',
    eraseOthers: 'Only platform administrators erase someone else’s data, on their request.',
    policyForbidden:
      'Only those who manage the network’s surveys choose what happens to erased people’s ties.',
  },
  es: {
    wrongPassword: 'La contraseña no es correcta.',
    noAccount: 'Solo quien puede iniciar sesión puede borrar su propia cuenta.',
    soleCoordinator: (names: string) =>
      `Eres la única persona coordinadora de ${names}. Nombra antes a otra persona coordinadora y después borra tu cuenta.`,
    personSoleCoordinator: (names: string) =>
      `Esta persona es la única coordinadora de ${names}. Nombra antes a otra persona coordinadora.`,
    exportOthers: 'Solo puedes descargar tus propios datos.',
    eraseOthers: 'Solo la administración de la plataforma borra los datos de otra persona, a petición suya.',
    policyForbidden:
      'Solo quienes gestionan las encuestas de la red eligen qué pasa con los vínculos de las personas borradas.',
  },
} satisfies Record<Locale, Record<string, string | ((names: string) => string)>>;

export type PersonalDataMessages = (typeof MESSAGES)['en'];

export const messagesFor = (locale: Locale): PersonalDataMessages => MESSAGES[locale];
