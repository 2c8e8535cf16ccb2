/**
 * What surveys and waves say when they refuse something, in the languages Trellis speaks. Each
 * message has a stable code; a field's problem carries it beside its path (`details.issues[].code`)
 * so that a client can word it itself, and the message comes in the caller's language.
 * Dependency-free, so that the web app can read the codes too.
 */

type Locale = 'en' | 'es';
type Values = Record<string, string | number>;

const MESSAGES = {
  'wave.closes_before_opens': {
    en: 'The wave cannot close before it opens.',
    es: 'La oleada no puede cerrarse antes de abrirse.',
  },
  'wave.closes_before_opening_date': {
    en: 'The wave cannot close before it opens ({opensOn}).',
    es: 'La oleada no puede cerrarse antes de abrirse ({opensOn}).',
  },
  'wave.no_dates_sent': {
    en: 'Send an opening or a closing date.',
    es: 'Envía una fecha de apertura o de cierre.',
  },
  'wave.still_open': {
    en: 'Wave {number} of this survey is still open: close it before opening the next.',
    es: 'La oleada {number} de esta encuesta sigue abierta: ciérrala antes de abrir la siguiente.',
  },
  'wave.already_closed': { en: 'This wave is already closed.', es: 'Esta oleada ya está cerrada.' },
  'wave.closed_answers': {
    en: 'This wave is closed: answers can no longer change.',
    es: 'Esta oleada está cerrada: las respuestas ya no se pueden cambiar.',
  },
  'wave.closed_dates': {
    en: 'This wave is closed: its dates are part of the record.',
    es: 'Esta oleada está cerrada: sus fechas forman parte del registro.',
  },
  'wave.closed_reminders': {
    en: 'This wave is closed: there is nothing left to answer.',
    es: 'Esta oleada está cerrada: ya no queda nada por responder.',
  },
  'wave.not_yet_open': {
    en: 'This wave opens on {opensOn}: answers are taken from that day.',
    es: 'Esta oleada se abre el {opensOn}: las respuestas se aceptan desde ese día.',
  },
  'wave.past_closing_date': {
    en: 'This wave’s answering period ended on {closesOn}. Ask the network’s coordinators to extend it.',
    es: 'El plazo para responder a esta oleada terminó el {closesOn}. Pide a la coordinación de la red que lo amplíe.',
  },
  'wave.not_asked': {
    en: 'You are not asked in this wave.',
    es: 'Esta oleada no te pregunta a ti: no estás entre las personas elegidas.',
  },
  'survey.archived': {
    en: 'This survey is archived: it takes no new waves.',
    es: 'Esta encuesta está archivada: no admite nuevas oleadas.',
  },
  'survey.answer_forbidden': {
    en: 'Only members of the network answer its survey.',
    es: 'Solo los miembros de la red responden a su encuesta.',
  },
  'survey.manage_forbidden': {
    en: 'Only the network’s coordinators and evaluators do this.',
    es: 'Solo quienes coordinan y evalúan la red pueden hacerlo.',
  },
  'survey.title_needed': {
    en: 'Write the title in English, in Spanish or in both.',
    es: 'Escribe el título en inglés, en español o en los dos.',
  },
  'survey.scale_es_length': {
    en: 'Give as many Spanish labels as English ones ({count}).',
    es: 'Escribe tantas etiquetas en español como en inglés ({count}).',
  },
  'survey.scale_es_without_scale': {
    en: 'Spanish labels need the scale itself.',
    es: 'Las etiquetas en español necesitan la escala.',
  },
  'nomination.not_a_question': {
    en: 'Not a question of this survey.',
    es: 'No es una pregunta de esta encuesta.',
  },
  'nomination.too_many': {
    en: 'At most {max} people for this question.',
    es: 'Como mucho {max} personas en esta pregunta.',
  },
  'nomination.not_on_scale': {
    en: 'Not a point on this question’s frequency scale.',
    es: 'No es un punto de la escala de frecuencia de esta pregunta.',
  },
  'nomination.frequency_needed': {
    en: 'Choose how often, then submit.',
    es: 'Elige con qué frecuencia y vuelve a enviar.',
  },
  'nomination.self': { en: 'Name others, not yourself.', es: 'Nombra a otras personas, no a ti.' },
  'nomination.no_such_person': { en: 'No such person.', es: 'Esa persona no existe.' },
  'nomination.named_twice': {
    en: 'Named twice for this question.',
    es: 'Nombrada dos veces en esta pregunta.',
  },
  'nomination.outsider_twice': {
    en: 'This person is already named for this question.',
    es: 'Esta persona ya está nombrada en esta pregunta.',
  },
  'respondents.choose_organisations': {
    en: 'Choose at least one organisation.',
    es: 'Elige al menos una organización.',
  },
  'respondents.choose_roles': { en: 'Choose at least one role.', es: 'Elige al menos un papel.' },
  'respondents.choose_people': { en: 'Choose at least one person.', es: 'Elige al menos a una persona.' },
  'respondents.organisation_not_in_network': {
    en: 'No one at this organisation answers this network’s surveys.',
    es: 'Nadie de esta organización responde a las encuestas de esta red.',
  },
  'respondents.person_not_in_network': {
    en: 'This person does not answer this network’s surveys.',
    es: 'Esta persona no responde a las encuestas de esta red.',
  },
  'respondents.nobody': {
    en: 'No one would be asked: choose others.',
    es: 'No se preguntaría a nadie: elige a otras personas.',
  },
  'reminders.no_such_organisation': { en: 'No such organisation.', es: 'Esa organización no existe.' },
  'reminders.no_one_at_organisation': {
    en: 'No one at this organisation is asked in this wave.',
    es: 'Esta oleada no pregunta a nadie de esta organización.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

/** A stable code for one thing surveys refuse. */
export type SurveyMessageCode = keyof typeof MESSAGES;

export const SURVEY_MESSAGE_CODES = Object.keys(MESSAGES) as SurveyMessageCode[];

/** The message for `code` in `locale`, its `{name}` placeholders filled. */
export function surveyMessage(code: SurveyMessageCode, locale: Locale = 'en', values: Values = {}): string {
  return MESSAGES[code][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
