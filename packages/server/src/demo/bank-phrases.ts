/**
 * The curated bilingual phrases the demo's knowledge bank is composed from: real topics school
 * networks share resources and practices about, each with a few focuses, steps and outcomes in
 * English and in Spanish. Titles, summaries and Markdown bodies are put together from these
 * (resources.ts, practices.ts), never from lorem ipsum, so that search and facets show something
 * a teacher would recognise.
 */
import type { ContentLanguage, ResourceStage, ResourceType } from '../shared/vocabulary.js';

interface TopicWords {
  /** The topic as a noun phrase: "formative assessment". */
  theme: string;
  /** Concrete things a resource can be about. */
  focuses: readonly string[];
  /** What to do, in order: the body's steps. */
  steps: readonly string[];
  /** What changes when it works: one clause. */
  outcome: string;
  /** Subjects, as typed. */
  subjects: readonly string[];
}

export interface BankTopic {
  /** Topic keys of shared/topics.ts: the resource's tags. */
  tags: readonly string[];
  stages: readonly ResourceStage[];
  en: TopicWords;
  es: TopicWords;
}

export const BANK_TOPICS: readonly BankTopic[] = [
  {
    tags: ['formative-assessment', 'assessment'],
    stages: ['primary', 'secondary'],
    en: {
      theme: 'formative assessment',
      focuses: [
        'exit tickets',
        'peer feedback',
        'success criteria',
        'hinge questions',
        'self-assessment rubrics',
      ],
      steps: [
        'Share the learning intention and two or three success criteria at the start.',
        'Ask a hinge question halfway and read the room before moving on.',
        'Collect exit tickets and sort them into three piles: got it, nearly, not yet.',
        'Open the next lesson with the "not yet" pile and a worked example.',
      ],
      outcome: 'pupils know where they are and what to do next',
      subjects: ['Mathematics', 'English language'],
    },
    es: {
      theme: 'evaluación formativa',
      focuses: [
        'tickets de salida',
        'retroalimentación entre iguales',
        'criterios de éxito',
        'preguntas bisagra',
        'rúbricas de autoevaluación',
      ],
      steps: [
        'Compartid al empezar la intención de aprendizaje y dos o tres criterios de éxito.',
        'Lanzad una pregunta bisagra a mitad de sesión y observad las respuestas antes de seguir.',
        'Recoged los tickets de salida y clasificadlos en tres montones: lo tengo, casi, todavía no.',
        'Empezad la sesión siguiente con el montón "todavía no" y un ejemplo resuelto.',
      ],
      outcome: 'el alumnado sabe dónde está y qué hacer a continuación',
      subjects: ['Matemáticas', 'Lengua castellana'],
    },
  },
  {
    tags: ['reading', 'school-libraries'],
    stages: ['primary'],
    en: {
      theme: 'reading',
      focuses: [
        'reading for pleasure',
        'paired reading',
        'reading aloud',
        'book clubs',
        'reading comprehension strategies',
      ],
      steps: [
        'Set aside twenty minutes of reading every day, at the same time.',
        'Pair an older reader with a younger one and give them a shared reading log.',
        'Model one comprehension strategy a week: predicting, questioning, summarising.',
        'Close each month with a book talk where pupils recommend titles to each other.',
      ],
      outcome: 'more pupils choose to read outside school',
      subjects: ['English language', 'Library'],
    },
    es: {
      theme: 'lectura',
      focuses: [
        'lectura por placer',
        'lectura en pareja',
        'lectura en voz alta',
        'clubes de lectura',
        'estrategias de comprensión lectora',
      ],
      steps: [
        'Reservad veinte minutos diarios de lectura, siempre a la misma hora.',
        'Emparejad a un lector mayor con uno más pequeño con un diario de lectura compartido.',
        'Modelad una estrategia de comprensión por semana: predecir, preguntar, resumir.',
        'Cerrad cada mes con una tertulia en la que el alumnado se recomiende libros.',
      ],
      outcome: 'más alumnos eligen leer fuera del colegio',
      subjects: ['Lengua castellana', 'Biblioteca'],
    },
  },
  {
    tags: ['school-mediation', 'coexistence'],
    stages: ['secondary'],
    en: {
      theme: 'school mediation',
      focuses: [
        'peer mediators',
        'a mediation room',
        'conflict mapping',
        'mediator training',
        'follow-up agreements',
      ],
      steps: [
        'Choose and train a group of pupil mediators with two staff supervisors.',
        'Agree a referral form and a quiet room available at break times.',
        'Run each mediation with the same script: listen, name the problem, agree, follow up.',
        'Review the agreements after two weeks with both sides.',
      ],
      outcome: 'conflicts are settled before they become sanctions',
      subjects: ['Tutoring', 'Citizenship'],
    },
    es: {
      theme: 'mediación escolar',
      focuses: [
        'alumnado mediador',
        'un aula de mediación',
        'mapas del conflicto',
        'formación de mediadores',
        'acuerdos y seguimiento',
      ],
      steps: [
        'Elegid y formad un equipo de alumnado mediador con dos docentes de referencia.',
        'Acordad una hoja de derivación y un espacio tranquilo abierto en los recreos.',
        'Seguid en cada mediación el mismo guion: escuchar, nombrar el problema, acordar y revisar.',
        'Revisad los acuerdos a las dos semanas con ambas partes.',
      ],
      outcome: 'los conflictos se resuelven antes de llegar a una sanción',
      subjects: ['Tutoría', 'Educación en valores'],
    },
  },
  {
    tags: ['restorative-practices', 'coexistence'],
    stages: ['primary', 'secondary'],
    en: {
      theme: 'restorative circles',
      focuses: [
        'morning check-in circles',
        'restorative questions',
        'repairing harm after an incident',
        'circle keepers',
        'staff circles',
      ],
      steps: [
        'Sit in a circle with a talking piece; everyone may pass.',
        'Open with a low-stakes question, then the question of the day.',
        'After an incident, ask the restorative questions: what happened, who was affected, what is needed.',
        'Close the circle with a round of one word each.',
      ],
      outcome: 'relationships in the class recover faster after a conflict',
      subjects: ['Tutoring'],
    },
    es: {
      theme: 'círculos restaurativos',
      focuses: [
        'círculos de acogida por la mañana',
        'preguntas restaurativas',
        'reparar el daño tras un incidente',
        'facilitadores de círculo',
        'círculos de claustro',
      ],
      steps: [
        'Sentaos en círculo con un objeto de la palabra; cualquiera puede pasar.',
        'Abrid con una pregunta sencilla y después con la pregunta del día.',
        'Tras un incidente, usad las preguntas restaurativas: qué pasó, a quién afectó, qué hace falta.',
        'Cerrad el círculo con una ronda de una palabra por persona.',
      ],
      outcome: 'las relaciones del grupo se recuperan antes tras un conflicto',
      subjects: ['Tutoría'],
    },
  },
  {
    tags: ['transitions', 'guidance'],
    stages: ['primary', 'secondary'],
    en: {
      theme: 'the transition from primary to secondary',
      focuses: [
        'shadow days at the secondary school',
        'shared handover reports',
        'joint teacher meetings',
        'a welcome week',
        'families\u2019 information evenings',
      ],
      steps: [
        'Hold a joint meeting of year 6 and year 7 teachers in May.',
        'Fill in one shared handover report per pupil, with strengths as well as needs.',
        'Invite year 6 pupils to spend a morning in a year 7 class.',
        'Review in October which pupils need a second look.',
      ],
      outcome: 'fewer pupils fall behind in their first term at secondary',
      subjects: ['Guidance', 'Tutoring'],
    },
    es: {
      theme: 'el tránsito de primaria a secundaria',
      focuses: [
        'jornadas de acogida en el instituto',
        'informes de traspaso compartidos',
        'reuniones conjuntas de profesorado',
        'una semana de bienvenida',
        'reuniones informativas con las familias',
      ],
      steps: [
        'Celebrad en mayo una reunión conjunta del profesorado de 6.º de primaria y 1.º de ESO.',
        'Completad un informe de traspaso por alumno, con fortalezas además de necesidades.',
        'Invitad al alumnado de 6.º a pasar una mañana en un aula de 1.º de ESO.',
        'Revisad en octubre qué alumnado necesita una segunda mirada.',
      ],
      outcome: 'menos alumnado se descuelga en su primer trimestre en el instituto',
      subjects: ['Orientación', 'Tutoría'],
    },
  },
  {
    tags: ['gender-equality', 'coexistence'],
    stages: ['all'],
    en: {
      theme: 'coeducation',
      focuses: [
        'playground use',
        'non-sexist language',
        'role models in science',
        'an equality committee',
        'reviewing textbooks',
      ],
      steps: [
        'Map who uses which part of the playground for a week.',
        'Agree with pupils two changes to the playground and try them for a month.',
        'Review one textbook unit for who appears and doing what.',
        'Share the findings with the staff and the families\u2019 association.',
      ],
      outcome: 'girls and boys take part equally in class and at play',
      subjects: ['Citizenship', 'Physical education'],
    },
    es: {
      theme: 'coeducación',
      focuses: [
        'el uso del patio',
        'lenguaje no sexista',
        'referentes en ciencia',
        'una comisión de igualdad',
        'la revisión de libros de texto',
      ],
      steps: [
        'Durante una semana, observad quién usa cada zona del patio.',
        'Acordad con el alumnado dos cambios en el patio y probadlos un mes.',
        'Revisad una unidad del libro de texto: quién aparece y haciendo qué.',
        'Compartid los resultados con el claustro y con el AMPA.',
      ],
      outcome: 'chicas y chicos participan por igual en el aula y en el patio',
      subjects: ['Educación en valores', 'Educación física'],
    },
  },
  {
    tags: ['family-engagement', 'community-partnerships'],
    stages: ['early_years', 'primary'],
    en: {
      theme: 'working with families',
      focuses: [
        'family learning workshops',
        'welcome conversations',
        'home reading packs',
        'families in the classroom',
        'messages that reach every home',
      ],
      steps: [
        'Hold a short welcome conversation with every family in the first month.',
        'Ask families when and how they prefer to hear from the school.',
        'Invite families into class once a term to learn alongside their children.',
        'Send home one practical idea a fortnight, in the families\u2019 languages.',
      ],
      outcome: 'more families take part in their children\u2019s learning',
      subjects: ['Tutoring'],
    },
    es: {
      theme: 'la participación de las familias',
      focuses: [
        'talleres de aprendizaje en familia',
        'entrevistas de acogida',
        'mochilas viajeras de lectura',
        'familias en el aula',
        'mensajes que llegan a todas las casas',
      ],
      steps: [
        'Mantened una breve entrevista de acogida con cada familia durante el primer mes.',
        'Preguntad a las familias cuándo y cómo prefieren recibir noticias del centro.',
        'Invitad a las familias al aula una vez por trimestre para aprender con sus hijos.',
        'Enviad a casa una idea práctica cada quince días, en las lenguas de las familias.',
      ],
      outcome: 'más familias participan en el aprendizaje de sus hijos',
      subjects: ['Tutoría'],
    },
  },
  {
    tags: ['inclusion', 'universal-design-for-learning'],
    stages: ['all'],
    en: {
      theme: 'inclusion',
      focuses: [
        'universal design for learning',
        'co-teaching',
        'flexible groupings',
        'support inside the classroom',
        'accessible materials',
      ],
      steps: [
        'Plan each unit with several ways in, several ways to practise and several ways to show learning.',
        'Move support staff into the classroom rather than withdrawing pupils.',
        'Use flexible groups that change with the task.',
        'Check each material against a short accessibility list before using it.',
      ],
      outcome: 'every pupil learns in the ordinary classroom with what they need',
      subjects: ['Special educational needs', 'Guidance'],
    },
    es: {
      theme: 'inclusión',
      focuses: [
        'diseño universal para el aprendizaje',
        'docencia compartida',
        'agrupamientos flexibles',
        'apoyos dentro del aula',
        'materiales accesibles',
      ],
      steps: [
        'Programad cada unidad con varias formas de acceso, de práctica y de mostrar lo aprendido.',
        'Llevad los apoyos al aula en lugar de sacar al alumnado de ella.',
        'Usad grupos flexibles que cambian según la tarea.',
        'Revisad cada material con una breve lista de accesibilidad antes de usarlo.',
      ],
      outcome: 'todo el alumnado aprende en el aula ordinaria con lo que necesita',
      subjects: ['Pedagogía terapéutica', 'Orientación'],
    },
  },
  {
    tags: ['digital-competence', 'digital-citizenship'],
    stages: ['secondary', 'upper_secondary'],
    en: {
      theme: 'digital competence',
      focuses: [
        'checking sources online',
        'a digital portfolio',
        'safe use of social media',
        'coding in every subject',
        'the school\u2019s digital plan',
      ],
      steps: [
        'Start from a self-assessment of staff digital competence (DigCompEdu).',
        'Choose one shared tool per purpose instead of many.',
        'Teach pupils to check a source with three questions before sharing it.',
        'Collect pupils\u2019 work in a portfolio they keep from year to year.',
      ],
      outcome: 'pupils use technology critically and safely to learn',
      subjects: ['Technology', 'Computing'],
    },
    es: {
      theme: 'competencia digital',
      focuses: [
        'la verificación de fuentes en internet',
        'un portafolio digital',
        'el uso seguro de las redes sociales',
        'la programación en todas las materias',
        'el plan digital de centro',
      ],
      steps: [
        'Partid de una autoevaluación de la competencia digital docente (DigCompEdu).',
        'Elegid una herramienta compartida por finalidad en lugar de muchas.',
        'Enseñad a comprobar una fuente con tres preguntas antes de compartirla.',
        'Reunid los trabajos del alumnado en un portafolio que se mantiene de curso en curso.',
      ],
      outcome: 'el alumnado usa la tecnología para aprender con sentido crítico y seguridad',
      subjects: ['Tecnología', 'Digitalización'],
    },
  },
  {
    tags: ['cooperative-learning'],
    stages: ['primary', 'secondary'],
    en: {
      theme: 'cooperative learning',
      focuses: [
        'base teams',
        'structured roles',
        'think-pair-share',
        'the jigsaw technique',
        'team self-review',
      ],
      steps: [
        'Form mixed base teams of four that stay together for a term.',
        'Give each member a role and rotate roles every fortnight.',
        'Use a simple structure such as think-pair-share before any complex one.',
        'End each week with a team self-review of how they worked together.',
      ],
      outcome: 'every pupil contributes and learns from the others',
      subjects: ['Social sciences', 'Natural sciences'],
    },
    es: {
      theme: 'aprendizaje cooperativo',
      focuses: [
        'equipos base',
        'roles estructurados',
        'la estructura 1-2-4',
        'la técnica del puzle',
        'la autoevaluación del equipo',
      ],
      steps: [
        'Formad equipos base heterogéneos de cuatro que duran un trimestre.',
        'Dad un rol a cada miembro y rotad los roles cada quince días.',
        'Empezad con estructuras sencillas como el 1-2-4 antes de otras más complejas.',
        'Cerrad cada semana con una autoevaluación del funcionamiento del equipo.',
      ],
      outcome: 'cada alumno aporta y aprende de los demás',
      subjects: ['Ciencias sociales', 'Ciencias naturales'],
    },
  },
  {
    tags: ['wellbeing', 'social-emotional-learning'],
    stages: ['primary', 'secondary'],
    en: {
      theme: 'emotional wellbeing',
      focuses: [
        'an emotions corner',
        'mindful minutes',
        'a wellbeing survey',
        'a trusted adult for every pupil',
        'calm transitions between lessons',
      ],
      steps: [
        'Ask pupils once a term how they feel at school, with a short anonymous survey.',
        'Make sure every pupil can name one adult they trust.',
        'Start the day with two minutes of calm breathing.',
        'Agree what to do when a pupil needs a moment out.',
      ],
      outcome: 'pupils feel safe and ready to learn',
      subjects: ['Tutoring'],
    },
    es: {
      theme: 'bienestar emocional',
      focuses: [
        'un rincón de las emociones',
        'minutos de atención plena',
        'una encuesta de bienestar',
        'un adulto de referencia para cada alumno',
        'transiciones tranquilas entre clases',
      ],
      steps: [
        'Preguntad una vez por trimestre al alumnado cómo se siente, con una encuesta anónima breve.',
        'Aseguraos de que cada alumno pueda nombrar a un adulto de confianza.',
        'Empezad el día con dos minutos de respiración tranquila.',
        'Acordad qué hacer cuando un alumno necesita salir un momento.',
      ],
      outcome: 'el alumnado se siente seguro y preparado para aprender',
      subjects: ['Tutoría'],
    },
  },
  {
    tags: ['project-based-learning', 'service-learning'],
    stages: ['secondary', 'vocational'],
    en: {
      theme: 'project-based learning',
      focuses: [
        'a driving question',
        'service-learning with the town council',
        'public presentations',
        'cross-subject projects',
        'project assessment',
      ],
      steps: [
        'Write a driving question with a real audience outside the school.',
        'Plan the project backwards from the final product and its assessment.',
        'Set checkpoints every week with feedback from peers and teachers.',
        'Present the product publicly and reflect on what was learnt.',
      ],
      outcome: 'pupils learn the curriculum by solving a real problem',
      subjects: ['Technology', 'Social sciences'],
    },
    es: {
      theme: 'aprendizaje basado en proyectos',
      focuses: [
        'una pregunta guía',
        'aprendizaje-servicio con el ayuntamiento',
        'presentaciones públicas',
        'proyectos interdisciplinares',
        'la evaluación de proyectos',
      ],
      steps: [
        'Redactad una pregunta guía con un público real fuera del centro.',
        'Planificad el proyecto hacia atrás desde el producto final y su evaluación.',
        'Fijad hitos semanales con retroalimentación de compañeros y docentes.',
        'Presentad el producto en público y reflexionad sobre lo aprendido.',
      ],
      outcome: 'el alumnado aprende el currículo resolviendo un problema real',
      subjects: ['Tecnología', 'Geografía e historia'],
    },
  },
  {
    tags: ['rural-schools', 'networking'],
    stages: ['early_years', 'primary'],
    en: {
      theme: 'multigrade teaching in rural schools',
      focuses: [
        'mixed-age classrooms',
        'shared itinerant teachers',
        'joint outings between villages',
        'working corners',
        'online exchanges between small schools',
      ],
      steps: [
        'Organise the room in working corners that serve several ages at once.',
        'Plan one shared topic for the whole class with tasks at different levels.',
        'Agree with neighbouring schools a calendar of joint days.',
        'Let older pupils lead short explanations for the younger ones.',
      ],
      outcome: 'small schools share what they know and pupils are less isolated',
      subjects: ['Primary education'],
    },
    es: {
      theme: 'la escuela rural multigrado',
      focuses: [
        'aulas con varios niveles',
        'maestros itinerantes compartidos',
        'convivencias entre localidades',
        'rincones de trabajo',
        'intercambios en línea entre escuelas pequeñas',
      ],
      steps: [
        'Organizad el aula en rincones de trabajo que sirven a varias edades a la vez.',
        'Planificad un tema común para todo el grupo con tareas de distinto nivel.',
        'Acordad con las escuelas vecinas un calendario de convivencias.',
        'Dejad que el alumnado mayor dirija breves explicaciones para el pequeño.',
      ],
      outcome: 'las escuelas pequeñas comparten lo que saben y el alumnado está menos aislado',
      subjects: ['Educación primaria'],
    },
  },
  {
    tags: ['school-leadership', 'collaborative-inquiry'],
    stages: ['all'],
    en: {
      theme: 'teacher collaboration',
      focuses: [
        'peer observation',
        'lesson study',
        'instructional rounds',
        'a staff learning community',
        'mentoring new teachers',
      ],
      steps: [
        'Pair teachers from different departments for a cycle of peer observation.',
        'Agree one focus for the observation and a short note template.',
        'Meet after each observation to talk about pupils\u2019 learning, not the teacher.',
        'Share what changed at a staff meeting at the end of the term.',
      ],
      outcome: 'teachers learn from each other\u2019s classrooms',
      subjects: ['Professional learning'],
    },
    es: {
      theme: 'la colaboración docente',
      focuses: [
        'la observación entre iguales',
        'el estudio de clases (lesson study)',
        'las rondas pedagógicas',
        'una comunidad profesional de aprendizaje',
        'la mentoría del profesorado novel',
      ],
      steps: [
        'Emparejad a docentes de distintos departamentos para un ciclo de observación entre iguales.',
        'Acordad un foco para la observación y una plantilla breve de notas.',
        'Reuníos tras cada observación para hablar del aprendizaje del alumnado, no del docente.',
        'Compartid lo que cambió en un claustro al final del trimestre.',
      ],
      outcome: 'el profesorado aprende de las aulas de sus compañeros',
      subjects: ['Formación del profesorado'],
    },
  },
];

/** How each type's title reads, in each language: `{f}` the focus, `{t}` the theme. */
export const TITLE_PATTERNS: Record<ResourceType, Record<ContentLanguage, readonly string[]>> = {
  card: {
    en: ['{F} on one card', 'Quick guide: {f}', 'Card: five ideas for {f}'],
    es: ['{F} en una ficha', 'Guía rápida: {f}', 'Ficha: cinco ideas para {f}'],
  },
  plan: {
    en: ['A term plan for {f}', 'Yearly plan: {t}', 'Improvement plan for {f}'],
    es: ['Plan trimestral para {f}', 'Plan anual de {t}', 'Plan de mejora: {f}'],
  },
  project: {
    en: ['Project: {f} with the whole school', 'Inter-school project on {t}', 'Project: {f}'],
    es: ['Proyecto: {f} con todo el centro', 'Proyecto intercentros de {t}', 'Proyecto: {f}'],
  },
  protocol: {
    en: ['Protocol for {f}', 'Step-by-step protocol: {t}', 'Shared protocol for {f}'],
    es: ['Protocolo para {f}', 'Protocolo paso a paso: {t}', 'Protocolo común de {f}'],
  },
  programme: {
    en: ['{T} programme', 'Two-year programme on {f}', 'Network programme: {f}'],
    es: ['Programa de {t}', 'Programa bienal sobre {f}', 'Programa de red: {f}'],
  },
  lesson: {
    en: ['Lesson: introducing {f}', 'A first lesson on {f}', 'Sample lesson: {t}'],
    es: ['Sesión: introducción a {f}', 'Primera sesión sobre {f}', 'Sesión modelo: {t}'],
  },
  toolkit: {
    en: ['{T} toolkit', 'Toolkit: {f}', 'Starter toolkit for {f}'],
    es: ['Caja de herramientas de {t}', 'Kit de recursos: {f}', 'Kit de inicio para {f}'],
  },
};

/** The opening of a summary for each type, in each language. */
export const SUMMARY_LEADS: Record<ResourceType, Record<ContentLanguage, string>> = {
  card: { en: 'A one-page card on', es: 'Una ficha de una página sobre' },
  plan: {
    en: 'A plan, with dates and people responsible, for',
    es: 'Un plan, con fechas y responsables, para',
  },
  project: { en: 'A project that puts into practice', es: 'Un proyecto que pone en práctica' },
  protocol: { en: 'A protocol that sets out, step by step,', es: 'Un protocolo que ordena, paso a paso,' },
  programme: {
    en: 'A programme of sessions and support on',
    es: 'Un programa de sesiones y acompañamiento sobre',
  },
  lesson: { en: 'A ready-to-teach lesson on', es: 'Una sesión lista para el aula sobre' },
  toolkit: {
    en: 'A toolkit of templates and examples for',
    es: 'Una caja de herramientas con plantillas y ejemplos para',
  },
};

export const BODY_HEADINGS: Record<
  ContentLanguage,
  { why: string; how: string; check: string; credit: string }
> = {
  en: { why: 'Why', how: 'How', check: 'How you know it works', credit: 'Tried at' },
  es: { why: 'Por qué', how: 'Cómo', check: 'Cómo saber si funciona', credit: 'Probado en' },
};

/** What an adaptation changed, said in its title and in a note in the body. */
export const ADAPTATION_NOTES: Record<ContentLanguage, readonly { suffix: string; note: string }[]> = {
  en: [
    {
      suffix: '(adapted for rural schools)',
      note: 'Adapted for small rural schools with mixed-age classes.',
    },
    { suffix: '(secondary version)', note: 'Adapted for secondary, with longer sessions and older pupils.' },
    { suffix: '(short version)', note: 'Shortened to fit a single session.' },
    { suffix: '(with families)', note: 'Extended with activities for families at home.' },
  ],
  es: [
    {
      suffix: '(adaptado a la escuela rural)',
      note: 'Adaptado a escuelas rurales pequeñas con aulas multinivel.',
    },
    {
      suffix: '(versión secundaria)',
      note: 'Adaptado a secundaria, con sesiones más largas y alumnado mayor.',
    },
    { suffix: '(versión breve)', note: 'Reducido para caber en una sola sesión.' },
    { suffix: '(con las familias)', note: 'Ampliado con actividades para las familias en casa.' },
  ],
};
