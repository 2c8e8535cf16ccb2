/**
 * The "Your data" page's messages, in English and Spanish. They live beside the page and join
 * the catalogues as `yourData` (i18n/en.ts and es.ts), so the Spanish is checked against this shape.
 */
export const yourDataEn = {
  menuLink: 'Your data',
  title: 'Your data',
  lead: 'Everything Trellis holds about you: see it, download it, or erase your account.',
  signInFirst: 'Sign in to see, download or erase the data Trellis holds about you.',
  signInLink: 'Sign in',
  holdsTitle: 'What Trellis holds about you',
  holdsProfile: 'Your profile: your name, email, expertise, needs and languages.',
  affiliations: { one: '{count} organisation you work with', other: '{count} organisations you work with' },
  memberships: { one: '{count} network membership', other: '{count} network memberships' },
  surveyResponses: {
    one: '{count} survey answer (draft or sent)',
    other: '{count} survey answers (drafts or sent)',
  },
  tiesReported: {
    one: '{count} tie on a map from your answers',
    other: '{count} ties on maps from your answers',
  },
  tiesNamingThem: {
    one: '{count} tie in which someone else named you (their answer, so it is not in your download)',
    other: '{count} ties in which others named you (their answers, so they are not in your download)',
  },
  sessions: { one: '{count} signed-in session', other: '{count} signed-in sessions' },
  auditEntries: {
    one: '{count} entry in the audit log about something you did or that was done about you',
    other: '{count} entries in the audit log about things you did or that were done about you',
  },
  downloadTitle: 'Download your data',
  downloadText:
    'A JSON file with all of the above: your profile, sign-in history, organisations, memberships, survey answers with whom you named, the ties from them, your measures in network analyses, and audit entries. The format is documented in the API (PersonalDataArchive, version 1).',
  downloadButton: 'Download your data',
  eraseTitle: 'Erase my account',
  eraseIntro: 'Erasing your account cannot be undone. This is what happens:',
  eraseProfile:
    'Your profile, email, expertise, needs and languages are deleted, and so are your sign-in and every session.',
  eraseAnswers: 'Your survey answers, drafts and sent ones, are deleted.',
  eraseAffiliations: 'Your organisations and the record of where you work are deleted.',
  eraseTombstone:
    '{network}: the ties from and to you stay on the map, but they point at an anonymous “Erased person”, so the network’s measures do not change.',
  eraseRemove: '{network}: the ties from and to you are removed, as the network’s evaluators chose.',
  eraseAudit: 'The audit log keeps a record that things happened, without your name or anything you typed.',
  eraseDownloadFirst: 'If you want a copy, download your data first.',
  soleCoordinator:
    'You are the only coordinator of {networks}. Appoint another coordinator there before you erase your account.',
  passwordLabel: 'Your password',
  passwordHint: 'To confirm that it is you.',
  passwordMissing: 'Enter your password to confirm.',
  signInAgainIntro:
    'You sign in with your school account, so there is no password to re-enter. To confirm that it is you, sign in again; then you have {minutes} minutes to erase your account.',
  signInAgainWith: 'Sign in again with {label}',
  recentSignIn: 'You signed in a moment ago, which confirms that it is you.',
  startErase: 'Erase my account…',
  confirmQuestion: 'Erase your account for good? You will be signed out and this cannot be undone.',
  confirmErase: 'Yes, erase my account',
  erasing: 'Erasing…',
  wrongPassword: 'The password is not right.',
  tooMany: 'Too many wrong passwords. Wait 15 minutes and try again.',
  erasedTitle: 'Your account has been erased',
  erasedText:
    'You have been signed out. Trellis no longer holds your profile, your sign-in or your answers; ties that others need for their network’s measures now point at an anonymous stand-in.',
  erasedHome: 'Go to the network directory',
  erasedAnnouncement: 'Your account has been erased.',
};

export const yourDataEs: typeof yourDataEn = {
  menuLink: 'Tus datos',
  title: 'Tus datos',
  lead: 'Todo lo que Trellis guarda sobre ti: consúltalo, descárgalo o borra tu cuenta.',
  signInFirst: 'Inicia sesión para consultar, descargar o borrar los datos que Trellis guarda sobre ti.',
  signInLink: 'Iniciar sesión',
  holdsTitle: 'Lo que Trellis guarda sobre ti',
  holdsProfile: 'Tu perfil: tu nombre, correo, experiencia, necesidades e idiomas.',
  affiliations: {
    one: '{count} organización en la que trabajas',
    other: '{count} organizaciones en las que trabajas',
  },
  memberships: { one: '{count} pertenencia a una red', other: '{count} pertenencias a redes' },
  surveyResponses: {
    one: '{count} respuesta a una encuesta (borrador o enviada)',
    other: '{count} respuestas a encuestas (borradores o enviadas)',
  },
  tiesReported: {
    one: '{count} vínculo en un mapa salido de tus respuestas',
    other: '{count} vínculos en mapas salidos de tus respuestas',
  },
  tiesNamingThem: {
    one: '{count} vínculo en el que otra persona te nombró (es su respuesta, así que no está en tu descarga)',
    other:
      '{count} vínculos en los que otras personas te nombraron (son sus respuestas, así que no están en tu descarga)',
  },
  sessions: { one: '{count} sesión iniciada', other: '{count} sesiones iniciadas' },
  auditEntries: {
    one: '{count} entrada del registro de auditoría sobre algo que hiciste o que se hizo sobre ti',
    other: '{count} entradas del registro de auditoría sobre cosas que hiciste o que se hicieron sobre ti',
  },
  downloadTitle: 'Descarga tus datos',
  downloadText:
    'Un archivo JSON con todo lo anterior: tu perfil, tu historial de inicios de sesión, organizaciones, pertenencias, respuestas a encuestas con las personas que nombraste, los vínculos que salen de ellas, tus medidas en los análisis de red y las entradas de auditoría. El formato está documentado en la API (PersonalDataArchive, versión 1).',
  downloadButton: 'Descargar tus datos',
  eraseTitle: 'Borrar mi cuenta',
  eraseIntro: 'Borrar tu cuenta no se puede deshacer. Esto es lo que pasa:',
  eraseProfile:
    'Se borran tu perfil, tu correo, tu experiencia, tus necesidades e idiomas, y también tu acceso y todas tus sesiones.',
  eraseAnswers: 'Se borran tus respuestas a encuestas, tanto los borradores como las enviadas.',
  eraseAffiliations: 'Se borran tus organizaciones y el registro de dónde trabajas.',
  eraseTombstone:
    '{network}: los vínculos que salen de ti y llegan a ti siguen en el mapa, pero apuntan a una «Persona borrada» anónima, para que las medidas de la red no cambien.',
  eraseRemove:
    '{network}: los vínculos que salen de ti y llegan a ti se eliminan, como eligieron quienes evalúan la red.',
  eraseAudit:
    'El registro de auditoría conserva que las cosas ocurrieron, sin tu nombre ni nada de lo que escribiste.',
  eraseDownloadFirst: 'Si quieres una copia, descarga antes tus datos.',
  soleCoordinator:
    'Eres la única persona coordinadora de {networks}. Nombra allí a otra persona coordinadora antes de borrar tu cuenta.',
  passwordLabel: 'Tu contraseña',
  passwordHint: 'Para confirmar que eres tú.',
  passwordMissing: 'Escribe tu contraseña para confirmar.',
  signInAgainIntro:
    'Inicias sesión con la cuenta de tu centro, así que no hay contraseña que volver a escribir. Para confirmar que eres tú, vuelve a iniciar sesión; después tendrás {minutes} minutos para borrar tu cuenta.',
  signInAgainWith: 'Volver a iniciar sesión con {label}',
  recentSignIn: 'Has iniciado sesión hace un momento, y eso confirma que eres tú.',
  startErase: 'Borrar mi cuenta…',
  confirmQuestion: '¿Borrar tu cuenta para siempre? Se cerrará tu sesión y no se puede deshacer.',
  confirmErase: 'Sí, borrar mi cuenta',
  erasing: 'Borrando…',
  wrongPassword: 'La contraseña no es correcta.',
  tooMany: 'Demasiadas contraseñas incorrectas. Espera 15 minutos y vuelve a intentarlo.',
  erasedTitle: 'Tu cuenta se ha borrado',
  erasedText:
    'Se ha cerrado tu sesión. Trellis ya no guarda tu perfil, tu acceso ni tus respuestas; los vínculos que otras personas necesitan para las medidas de su red apuntan ahora a una figura anónima.',
  erasedHome: 'Ir al directorio de redes',
  erasedAnnouncement: 'Tu cuenta se ha borrado.',
};
