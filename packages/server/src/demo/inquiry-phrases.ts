/**
 * The demo inquiries' texts, in Spanish and English: one theme per student outcome, with its
 * question, aim, driver diagram, change ideas and measures (inquiries.ts picks and fills them).
 */
import type { OutcomeArea } from '../shared/vocabulary.js';

type Both = { es: string; en: string };

export interface InquiryTheme {
  outcome: OutcomeArea;
  /** The bank topic (bank-phrases.ts) whose resources and practices its ideas link to. */
  title: Both;
  question: Both;
  evidence: Both;
  rationale: Both;
  aimWhat: Both;
  aimHowMuch: Both;
  aimForWhom: Both;
  drivers: { text: Both; secondary: Both[] }[];
  ideas: Both[];
  outcomeMeasure: Both;
  processMeasure: Both;
  balancingMeasure: Both;
}

export const INQUIRY_THEMES: readonly InquiryTheme[] = [
  {
    outcome: 'literacy',
    title: { es: 'Comprensión lectora en 3.º y 4.º', en: 'Reading comprehension in years 3 and 4' },
    question: {
      es: '¿Por qué una parte de nuestro alumnado de 3.º y 4.º lee con fluidez pero no comprende lo que lee?',
      en: 'Why do some of our year 3 and 4 pupils read fluently but not understand what they read?',
    },
    evidence: {
      es: 'Las pruebas de diagnóstico y las lecturas en voz alta de cada trimestre.',
      en: 'The diagnostic tests and the termly read-aloud checks.',
    },
    rationale: {
      es: 'Sin comprensión lectora se atasca todo lo demás en la ESO.',
      en: 'Without comprehension everything else stalls in secondary.',
    },
    aimWhat: {
      es: 'Alumnado que alcanza el nivel esperado en comprensión',
      en: 'Pupils at the expected level in comprehension',
    },
    aimHowMuch: { es: 'del 55 % al 70 %', en: 'from 55% to 70%' },
    aimForWhom: {
      es: 'Alumnado de 3.º y 4.º de primaria de los centros del equipo',
      en: "Year 3 and 4 pupils of the team's schools",
    },
    drivers: [
      {
        text: { es: 'Enseñanza explícita de estrategias', en: 'Explicit teaching of strategies' },
        secondary: [
          { es: 'Modelado en voz alta', en: 'Thinking aloud' },
          { es: 'Preguntas antes, durante y después', en: 'Questions before, during and after' },
        ],
      },
      {
        text: { es: 'Tiempo de lectura con sentido', en: 'Meaningful reading time' },
        secondary: [{ es: 'Biblioteca de aula', en: 'Classroom library' }],
      },
      {
        text: { es: 'Implicación de las familias', en: 'Family involvement' },
        secondary: [{ es: 'Lectura compartida en casa', en: 'Shared reading at home' }],
      },
    ],
    ideas: [
      { es: 'Lectura dialógica semanal', en: 'Weekly dialogic reading' },
      { es: 'Tertulias literarias en 4.º', en: 'Literary circles in year 4' },
      { es: 'Mochila viajera de lectura', en: 'Travelling book bag' },
      { es: 'Diez minutos de modelado diario', en: 'Ten minutes of daily modelling' },
    ],
    outcomeMeasure: {
      es: 'Alumnado con nivel esperado en comprensión',
      en: 'Pupils at the expected comprehension level',
    },
    processMeasure: {
      es: 'Sesiones de lectura dialógica por semana',
      en: 'Dialogic reading sessions a week',
    },
    balancingMeasure: { es: 'Alumnado que dice disfrutar leyendo', en: 'Pupils who say they enjoy reading' },
  },
  {
    outcome: 'numeracy',
    title: { es: 'Resolución de problemas en 5.º y 6.º', en: 'Problem solving in years 5 and 6' },
    question: {
      es: '¿Qué les pasa a nuestros alumnos cuando se enfrentan a un problema con varios pasos?',
      en: 'What happens for our pupils when they face a multi-step problem?',
    },
    evidence: {
      es: 'Las rúbricas de resolución de problemas y la observación en el aula.',
      en: 'Problem-solving rubrics and classroom observation.',
    },
    rationale: {
      es: 'Es la competencia que más cae en la transición a la ESO.',
      en: 'It is the skill that drops most at the move to secondary.',
    },
    aimWhat: {
      es: 'Alumnado que resuelve problemas de varios pasos',
      en: 'Pupils solving multi-step problems',
    },
    aimHowMuch: { es: 'del 40 % al 60 %', en: 'from 40% to 60%' },
    aimForWhom: { es: 'Alumnado de 5.º y 6.º', en: 'Year 5 and 6 pupils' },
    drivers: [
      {
        text: { es: 'Comprensión del enunciado', en: 'Understanding the problem' },
        secondary: [
          { es: 'Representar con dibujos', en: 'Drawing the problem' },
          { es: 'Vocabulario matemático', en: 'Maths vocabulary' },
        ],
      },
      {
        text: { es: 'Cultura de error en el aula', en: 'A classroom culture of mistakes' },
        secondary: [{ es: 'Compartir estrategias', en: 'Sharing strategies' }],
      },
      {
        text: { es: 'Práctica espaciada', en: 'Spaced practice' },
        secondary: [{ es: 'Problema del día', en: 'Problem of the day' }],
      },
      {
        text: { es: 'Material manipulativo', en: 'Manipulatives' },
        secondary: [{ es: 'Regletas y modelos de barras', en: 'Rods and bar models' }],
      },
    ],
    ideas: [
      { es: 'Problema del día con modelo de barras', en: 'Problem of the day with bar models' },
      { es: 'Rutina de pensamiento «Veo, pienso, me pregunto»', en: '"See, think, wonder" routine' },
      { es: 'Galería de estrategias los viernes', en: 'Friday strategy gallery' },
    ],
    outcomeMeasure: {
      es: 'Alumnado que resuelve el problema mensual',
      en: 'Pupils solving the monthly problem',
    },
    processMeasure: {
      es: 'Días con problema del día por semana',
      en: 'Days with a problem of the day each week',
    },
    balancingMeasure: {
      es: 'Alumnado con ansiedad ante las matemáticas',
      en: 'Pupils reporting maths anxiety',
    },
  },
  {
    outcome: 'attendance',
    title: { es: 'Absentismo en 1.º de ESO', en: 'Absence in year 7' },
    question: {
      es: '¿Por qué faltan más a clase nuestros alumnos en el primer curso del instituto?',
      en: 'Why do our pupils miss more school in their first year of secondary?',
    },
    evidence: { es: 'Los registros de asistencia mensuales.', en: 'The monthly attendance registers.' },
    rationale: {
      es: 'Quien falta en 1.º de ESO tiene más riesgo de abandonar.',
      en: 'Pupils absent in year 7 are more likely to drop out.',
    },
    aimWhat: {
      es: 'Alumnado con absentismo persistente (más del 10 % de faltas)',
      en: 'Persistently absent pupils (over 10% missed)',
    },
    aimHowMuch: { es: 'del 18 % al 10 %', en: 'from 18% to 10%' },
    aimForWhom: { es: 'Alumnado de 1.º de ESO', en: 'Year 7 pupils' },
    drivers: [
      {
        text: { es: 'Vínculo con un adulto del centro', en: 'A bond with an adult at school' },
        secondary: [
          { es: 'Tutoría individual', en: 'One-to-one mentoring' },
          { es: 'Acogida en septiembre', en: 'September welcome' },
        ],
      },
      {
        text: { es: 'Contacto temprano con las familias', en: 'Early contact with families' },
        secondary: [{ es: 'Llamada el primer día de falta', en: 'A call on the first day absent' }],
      },
      {
        text: { es: 'Coordinación con primaria', en: 'Coordination with primary' },
        secondary: [{ es: 'Traspaso de información', en: 'Hand-over of information' }],
      },
    ],
    ideas: [
      { es: 'Llamada a casa el primer día de ausencia', en: 'Calling home on the first day of absence' },
      { es: 'Mentoría entre iguales con 3.º de ESO', en: 'Peer mentoring by year 9' },
      { es: 'Reunión de traspaso con los colegios', en: 'Hand-over meeting with the primaries' },
    ],
    outcomeMeasure: { es: 'Alumnado con absentismo persistente', en: 'Persistently absent pupils' },
    processMeasure: { es: 'Llamadas a casa hechas el mismo día', en: 'Same-day calls home' },
    balancingMeasure: { es: 'Alumnado con partes de convivencia', en: 'Pupils with behaviour reports' },
  },
  {
    outcome: 'wellbeing',
    title: { es: 'Bienestar emocional en el recreo', en: 'Wellbeing at break time' },
    question: {
      es: '¿Cómo viven el recreo los alumnos que dicen sentirse solos?',
      en: 'How do the pupils who say they feel lonely experience break time?',
    },
    evidence: {
      es: 'El cuestionario de bienestar y la observación de patios.',
      en: 'The wellbeing survey and playground observation.',
    },
    rationale: {
      es: 'Sentirse solo en el patio pesa en todo el día escolar.',
      en: 'Feeling alone in the playground weighs on the whole school day.',
    },
    aimWhat: {
      es: 'Alumnado que dice tener con quién jugar',
      en: 'Pupils who say they have someone to play with',
    },
    aimHowMuch: { es: 'del 75 % al 90 %', en: 'from 75% to 90%' },
    aimForWhom: { es: 'Alumnado de primaria', en: 'Primary pupils' },
    drivers: [
      {
        text: { es: 'Patios con propuestas', en: 'Playgrounds with things to do' },
        secondary: [{ es: 'Zonas de juego tranquilo', en: 'Quiet play zones' }],
      },
      {
        text: { es: 'Alumnado mediador', en: 'Pupil mediators' },
        secondary: [
          { es: 'Formación de mediadores', en: 'Training mediators' },
          { es: 'Banco de la amistad', en: 'Buddy bench' },
        ],
      },
    ],
    ideas: [
      { es: 'Banco de la amistad con mediadores', en: 'Buddy bench with mediators' },
      { es: 'Patios dinamizados por 6.º', en: 'Break-time games led by year 6' },
      { es: 'Asamblea semanal de convivencia', en: 'Weekly class meeting' },
    ],
    outcomeMeasure: { es: 'Alumnado que tiene con quién jugar', en: 'Pupils with someone to play with' },
    processMeasure: { es: 'Recreos con juegos dinamizados por semana', en: 'Led break-time games a week' },
    balancingMeasure: { es: 'Incidencias en el patio', en: 'Playground incidents' },
  },
  {
    outcome: 'languages',
    title: { es: 'Expresión oral en inglés', en: 'Speaking English' },
    question: {
      es: '¿Por qué nuestro alumnado entiende inglés pero apenas se atreve a hablarlo?',
      en: 'Why do our pupils understand English but hardly dare to speak it?',
    },
    evidence: {
      es: 'Las grabaciones de expresión oral de cada trimestre.',
      en: 'The termly speaking recordings.',
    },
    rationale: {
      es: 'Hablar es lo que más piden las familias y lo que menos practicamos.',
      en: 'Speaking is what families ask for most and what we practise least.',
    },
    aimWhat: {
      es: 'Alumnado que mantiene una conversación sencilla',
      en: 'Pupils holding a simple conversation',
    },
    aimHowMuch: { es: 'del 35 % al 55 %', en: 'from 35% to 55%' },
    aimForWhom: { es: 'Alumnado de 6.º de primaria y 1.º de ESO', en: 'Year 6 and 7 pupils' },
    drivers: [
      {
        text: { es: 'Tiempo de habla en clase', en: 'Talk time in class' },
        secondary: [{ es: 'Parejas de conversación', en: 'Talk partners' }],
      },
      {
        text: { es: 'Confianza para equivocarse', en: 'Confidence to make mistakes' },
        secondary: [{ es: 'Corrección diferida', en: 'Delayed correction' }],
      },
    ],
    ideas: [
      { es: 'Cinco minutos de conversación en parejas', en: 'Five minutes of pair talk' },
      { es: 'Intercambio por videollamada entre centros', en: 'Video exchange between schools' },
    ],
    outcomeMeasure: {
      es: 'Alumnado que mantiene una conversación sencilla',
      en: 'Pupils holding a simple conversation',
    },
    processMeasure: { es: 'Minutos de habla del alumnado por sesión', en: 'Minutes of pupil talk a lesson' },
    balancingMeasure: { es: 'Alumnado que aprueba la prueba escrita', en: 'Pupils passing the written test' },
  },
  {
    outcome: 'belonging',
    title: { es: 'Pertenencia del alumnado recién llegado', en: 'Belonging for newly arrived pupils' },
    question: {
      es: '¿Se sienten parte del centro los alumnos que llegan a mitad de curso?',
      en: 'Do pupils who arrive mid-year feel part of the school?',
    },
    evidence: {
      es: 'Las entrevistas con el alumnado y el cuestionario de pertenencia.',
      en: 'Pupil interviews and the belonging survey.',
    },
    rationale: {
      es: 'Cada vez llegan más alumnos a mitad de curso a nuestros centros.',
      en: 'More and more pupils join our schools mid-year.',
    },
    aimWhat: {
      es: 'Alumnado recién llegado que se siente parte del centro',
      en: 'Newly arrived pupils who feel they belong',
    },
    aimHowMuch: { es: 'del 50 % al 75 %', en: 'from 50% to 75%' },
    aimForWhom: {
      es: 'Alumnado incorporado en los últimos dos cursos',
      en: 'Pupils who joined in the last two years',
    },
    drivers: [
      {
        text: { es: 'Acogida planificada', en: 'A planned welcome' },
        secondary: [
          { es: 'Alumnado guía', en: 'Pupil guides' },
          { es: 'Materiales en varias lenguas', en: 'Materials in several languages' },
        ],
      },
      {
        text: { es: 'Relación con las familias', en: 'Relationships with families' },
        secondary: [{ es: 'Mediación intercultural', en: 'Intercultural mediation' }],
      },
    ],
    ideas: [
      { es: 'Alumnado guía la primera semana', en: 'Pupil guides for the first week' },
      { es: 'Entrevista de acogida con la familia', en: 'Welcome interview with the family' },
      { es: 'Rincón de lenguas del aula', en: 'Classroom languages corner' },
    ],
    outcomeMeasure: {
      es: 'Alumnado recién llegado que se siente parte del centro',
      en: 'Newly arrived pupils who feel they belong',
    },
    processMeasure: { es: 'Acogidas hechas con alumnado guía', en: 'Welcomes with a pupil guide' },
    balancingMeasure: { es: 'Horas de tutoría dedicadas a la acogida', en: 'Tutor hours spent on welcomes' },
  },
];

export const CYCLE_TEXTS = {
  plan: {
    es: 'Probarlo en un grupo de cada centro durante {w} semanas y comparar con lo previsto.',
    en: 'Try it with one class in each school for {w} weeks and compare with what we predicted.',
  },
  dataPlan: {
    es: 'El profesorado anota cada sesión en la hoja común; recogemos la medida al final.',
    en: 'Teachers log each session on the shared sheet; we collect the measure at the end.',
  },
  questions: [
    {
      question: {
        es: '¿Lo podemos hacer todas las semanas previstas?',
        en: 'Can we run it every planned week?',
      },
      prediction: { es: 'Sí, salvo la semana de evaluaciones.', en: 'Yes, except in the assessment week.' },
      result: {
        es: 'Se hizo en casi todas las sesiones previstas.',
        en: 'It ran in nearly every planned session.',
      },
    },
    {
      question: {
        es: '¿Participa más el alumnado que suele callar?',
        en: 'Do the quieter pupils take part more?',
      },
      prediction: { es: 'Unos pocos más en cada grupo.', en: 'A few more in each class.' },
      result: {
        es: 'Más de lo previsto en dos centros; igual en el otro.',
        en: 'More than predicted in two schools; no change in the other.',
      },
    },
    {
      question: { es: '¿Cuánto tiempo de preparación exige?', en: 'How much preparation time does it take?' },
      prediction: { es: 'Unos veinte minutos por semana.', en: 'About twenty minutes a week.' },
      result: {
        es: 'Media hora las primeras semanas, luego menos.',
        en: 'Half an hour at first, less later.',
      },
    },
  ],
  observations: {
    es: 'Se aplicó como se planeó, con algún ajuste de horario en un centro.',
    en: 'It ran as planned, with a timetable change in one school.',
  },
  comparison: {
    es: 'Los resultados se acercan a lo previsto; la participación superó la predicción.',
    en: 'Results were close to our predictions; participation beat them.',
  },
  decisions: {
    adopt: {
      es: 'Lo mantenemos tal cual en los grupos del equipo.',
      en: "We keep it as it is in the team's classes.",
    },
    adapt: { es: 'Lo repetimos con sesiones más cortas.', en: 'We run it again with shorter sessions.' },
    abandon: {
      es: 'Lo dejamos: no compensa el tiempo que exige.',
      en: 'We drop it: not worth the time it takes.',
    },
    scale_up: {
      es: 'Lo extendemos a todos los grupos del nivel.',
      en: 'We spread it to every class of the year.',
    },
  },
  annotation: { es: 'Empieza el ciclo: {t}', en: 'Cycle starts: {t}' },
  phaseLabel: { es: 'Tras {t}', en: 'After {t}' },
  cycleTitle: { es: '{t}, ciclo {n}', en: '{t}, cycle {n}' },
  capReason: {
    es: 'Los datos de la evaluación externa, aún no cargados, ya muestran la mejora.',
    en: 'The external assessment, not loaded yet, already shows the improvement.',
  },
};
