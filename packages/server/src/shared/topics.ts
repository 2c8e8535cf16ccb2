/**
 * The topics people in a school network have expertise in or need help with, declared once, in
 * English and Spanish. People's `expertise` and `needs` store a topic's key for a known topic and
 * the text as typed for anything else (a "free tag"), so that "lectura" and "Reading" are one
 * tag and suggestions match across languages; docs/relationship-mapping.md says why.
 *
 * Each topic has a stable key (lower-case ASCII with hyphens, never shown to people), a label in
 * each language (written as it reads inside a sentence: "lists ‘reading’") and aliases: what
 * people type for the same thing, in either language. Keys are never renamed, since they are
 * stored; a topic can gain aliases at any time.
 */

/** One topic of the vocabulary. */
export interface Topic {
  key: string;
  en: string;
  es: string;
  /** Other ways of saying it, in each language (searched and resolved like the labels). */
  aliases: { en: readonly string[]; es: readonly string[] };
}

const topic = (key: string, en: string, es: string, aliasesEn: string[] = [], aliasesEs: string[] = []) =>
  ({ key, en, es, aliases: { en: aliasesEn, es: aliasesEs } }) satisfies Topic;

/** The vocabulary, grouped loosely by theme (the order is not shown). */
export const TOPICS: readonly Topic[] = [
  // Literacy, languages and subjects.
  topic(
    'reading',
    'reading',
    'lectura',
    ['literacy', 'reading comprehension', 'reading for pleasure'],
    ['comprensión lectora', 'competencia lectora', 'animación a la lectura', 'alfabetización'],
  ),
  topic(
    'writing',
    'writing',
    'escritura',
    ['written expression', 'creative writing'],
    ['expresión escrita', 'redacción'],
  ),
  topic(
    'oral-communication',
    'oral communication',
    'comunicación oral',
    ['speaking', 'oracy'],
    ['expresión oral', 'oralidad'],
  ),
  topic(
    'school-libraries',
    'school libraries',
    'bibliotecas escolares',
    ['library'],
    ['biblioteca escolar', 'biblioteca'],
  ),
  topic(
    'maths',
    'maths',
    'matemáticas',
    ['mathematics', 'math', 'numeracy'],
    ['mates', 'competencia matemática', 'cálculo'],
  ),
  topic(
    'science',
    'science',
    'ciencias',
    ['science education', 'natural sciences'],
    ['ciencia', 'ciencias naturales'],
  ),
  topic(
    'stem',
    'STEM',
    'STEM',
    ['STEAM', 'science technology engineering maths'],
    ['CTIM', 'ciencia y tecnología', 'vocaciones científicas'],
  ),
  topic(
    'computational-thinking',
    'computational thinking',
    'pensamiento computacional',
    ['coding', 'programming', 'robotics'],
    ['programación', 'robótica'],
  ),
  topic(
    'foreign-languages',
    'foreign languages',
    'lenguas extranjeras',
    ['languages', 'language teaching', 'english as a foreign language'],
    ['idiomas', 'lenguas', 'enseñanza de idiomas'],
  ),
  topic(
    'multilingualism',
    'multilingualism',
    'plurilingüismo',
    ['bilingual education', 'CLIL', 'plurilingualism'],
    ['multilingüismo', 'educación bilingüe', 'AICLE', 'bilingüismo'],
  ),
  topic('social-sciences', 'social sciences', 'ciencias sociales', ['humanities'], ['humanidades']),
  topic(
    'arts',
    'arts',
    'artes',
    ['art education', 'artistic education'],
    ['educación artística', 'expresión artística'],
  ),
  topic(
    'physical-education',
    'physical education',
    'educación física',
    ['PE', 'sport', 'physical activity'],
    ['deporte', 'actividad física'],
  ),
  topic(
    'philosophy-ethics',
    'philosophy and ethics',
    'filosofía y ética',
    ['philosophy for children', 'values education'],
    ['filosofía para niños', 'educación en valores', 'valores éticos'],
  ),
  // Teaching and learning.
  topic(
    'project-based-learning',
    'project-based learning',
    'aprendizaje basado en proyectos',
    ['PBL', 'projects'],
    ['ABP', 'proyectos', 'trabajo por proyectos'],
  ),
  topic(
    'cooperative-learning',
    'cooperative learning',
    'aprendizaje cooperativo',
    ['collaborative learning', 'group work'],
    ['trabajo cooperativo', 'aprendizaje colaborativo', 'trabajo en equipo'],
  ),
  topic(
    'service-learning',
    'service learning',
    'aprendizaje-servicio',
    ['community service learning'],
    ['ApS', 'aprendizaje servicio'],
  ),
  topic(
    'competency-based-learning',
    'competency-based learning',
    'aprendizaje competencial',
    ['key competences', 'competences'],
    ['competencias clave', 'competencias básicas', 'situaciones de aprendizaje'],
  ),
  topic(
    'personalised-learning',
    'personalised learning',
    'personalización del aprendizaje',
    ['differentiation', 'differentiated instruction'],
    ['aprendizaje personalizado', 'atención individualizada'],
  ),
  topic(
    'universal-design-for-learning',
    'universal design for learning',
    'diseño universal para el aprendizaje',
    ['UDL'],
    ['DUA'],
  ),
  topic(
    'flipped-classroom',
    'flipped classroom',
    'aula invertida',
    ['flipped learning'],
    ['flipped classroom', 'clase invertida'],
  ),
  topic(
    'gamification',
    'gamification',
    'gamificación',
    ['game-based learning', 'games'],
    ['ludificación', 'aprendizaje basado en juegos'],
  ),
  topic(
    'thinking-skills',
    'thinking skills',
    'cultura de pensamiento',
    ['critical thinking', 'visible thinking', 'metacognition'],
    ['pensamiento crítico', 'rutinas de pensamiento', 'metacognición'],
  ),
  topic(
    'outdoor-learning',
    'outdoor learning',
    'aprendizaje al aire libre',
    ['outdoor education', 'learning outside the classroom'],
    ['educación al aire libre', 'salidas'],
  ),
  topic('homework', 'homework', 'deberes', ['home learning'], ['tareas escolares', 'tareas para casa']),
  topic(
    'classroom-management',
    'classroom management',
    'gestión del aula',
    ['behaviour management', 'classroom behaviour'],
    ['gestión de aula', 'disciplina', 'clima de aula'],
  ),
  // Assessment and improvement.
  topic(
    'assessment',
    'assessment',
    'evaluación',
    ['evaluation', 'grading', 'marking'],
    ['calificación', 'evaluación del alumnado'],
  ),
  topic(
    'formative-assessment',
    'formative assessment',
    'evaluación formativa',
    ['assessment for learning', 'feedback', 'AfL'],
    ['evaluación para el aprendizaje', 'retroalimentación', 'feedback'],
  ),
  topic(
    'data-use',
    'data use',
    'uso de datos',
    ['data-informed decisions', 'evidence use', 'school data'],
    ['datos', 'decisiones basadas en datos', 'uso de evidencias'],
  ),
  topic(
    'school-self-evaluation',
    'school self-evaluation',
    'autoevaluación de centro',
    ['self-evaluation', 'school improvement planning'],
    ['autoevaluación', 'plan de mejora'],
  ),
  topic(
    'collaborative-inquiry',
    'collaborative inquiry',
    'indagación colaborativa',
    ['action research', 'teacher inquiry'],
    ['investigación-acción', 'investigación en el aula', 'lesson study'],
  ),
  topic(
    'curriculum-design',
    'curriculum design',
    'diseño curricular',
    ['curriculum', 'planning', 'programming units'],
    ['currículo', 'programación didáctica', 'currículum'],
  ),
  // Inclusion, equity and wellbeing.
  topic(
    'inclusion',
    'inclusive education',
    'educación inclusiva',
    ['inclusion', 'equity'],
    ['inclusión', 'equidad', 'atención a la diversidad'],
  ),
  topic(
    'special-educational-needs',
    'special educational needs',
    'necesidades educativas especiales',
    ['SEN', 'SEND', 'disability'],
    ['NEE', 'NEAE', 'educación especial', 'discapacidad'],
  ),
  topic('autism', 'autism', 'autismo', ['autism spectrum', 'ASD'], ['TEA', 'trastorno del espectro autista']),
  topic(
    'learning-difficulties',
    'learning difficulties',
    'dificultades de aprendizaje',
    ['specific learning difficulties'],
    ['dificultades específicas de aprendizaje', 'DEA'],
  ),
  topic(
    'gifted-pupils',
    'gifted pupils',
    'altas capacidades',
    ['gifted and talented', 'high ability'],
    ['sobredotación', 'alumnado de altas capacidades'],
  ),
  topic(
    'newcomer-pupils',
    'newcomer pupils',
    'alumnado recién llegado',
    ['newcomers', 'migrant pupils', 'refugee pupils'],
    ['alumnado inmigrante', 'acogida', 'aulas de acogida'],
  ),
  topic(
    'roma-pupils',
    'Roma pupils',
    'alumnado gitano',
    ['Roma inclusion', 'Gypsy and Traveller pupils'],
    ['pueblo gitano', 'inclusión del alumnado gitano'],
  ),
  topic(
    'gender-equality',
    'gender equality',
    'igualdad de género',
    ['coeducation', 'gender'],
    ['coeducación', 'igualdad'],
  ),
  topic(
    'lgbtiq-inclusion',
    'LGBTIQ+ inclusion',
    'diversidad afectivo-sexual',
    ['LGBT', 'sexual diversity'],
    ['LGTBI', 'diversidad sexual'],
  ),
  topic(
    'early-school-leaving',
    'early school leaving',
    'abandono escolar temprano',
    ['dropout', 'school dropout'],
    ['abandono escolar', 'fracaso escolar'],
  ),
  topic(
    'attendance',
    'attendance',
    'absentismo',
    ['absenteeism', 'school attendance', 'truancy'],
    ['asistencia', 'absentismo escolar'],
  ),
  topic(
    'wellbeing',
    'wellbeing',
    'bienestar',
    ['well-being', 'mental health', 'student wellbeing'],
    ['bienestar emocional', 'salud mental'],
  ),
  topic(
    'social-emotional-learning',
    'social and emotional learning',
    'educación emocional',
    ['SEL', 'emotional intelligence'],
    ['inteligencia emocional', 'competencias socioemocionales'],
  ),
  topic(
    'guidance',
    'guidance and counselling',
    'orientación educativa',
    ['counselling', 'careers guidance', 'tutoring'],
    ['orientación', 'acción tutorial', 'tutoría', 'orientación profesional'],
  ),
  topic(
    'coexistence',
    'coexistence',
    'convivencia',
    ['coexistence and mediation', 'school climate', 'positive behaviour'],
    ['convivencia escolar', 'clima escolar', 'convivencia y mediación'],
  ),
  topic(
    'school-mediation',
    'school mediation',
    'mediación escolar',
    ['mediation', 'conflict resolution', 'peer mediation'],
    ['mediación', 'resolución de conflictos', 'alumnos mediadores'],
  ),
  topic(
    'restorative-practices',
    'restorative practices',
    'prácticas restaurativas',
    ['restorative justice', 'restorative approaches'],
    ['justicia restaurativa', 'enfoque restaurativo'],
  ),
  topic(
    'bullying-prevention',
    'bullying prevention',
    'prevención del acoso escolar',
    ['bullying', 'anti-bullying', 'cyberbullying'],
    ['acoso escolar', 'bullying', 'ciberacoso'],
  ),
  // Stages and transitions.
  topic(
    'early-childhood',
    'early childhood',
    'educación infantil',
    ['early years', 'preschool', 'kindergarten'],
    ['infantil', 'primer ciclo', 'escuela infantil'],
  ),
  topic(
    'transitions',
    'primary–secondary transition',
    'tránsito primaria–secundaria',
    ['primary-secondary transition', 'transitions', 'transition to secondary'],
    ['transición primaria-secundaria', 'tránsito entre etapas', 'transición entre etapas', 'tránsito'],
  ),
  topic(
    'vocational-training',
    'vocational training',
    'formación profesional',
    ['VET', 'vocational education', 'apprenticeships'],
    ['FP', 'FP dual', 'formación profesional dual'],
  ),
  topic(
    'adult-education',
    'adult education',
    'educación de personas adultas',
    ['lifelong learning', 'adult learning'],
    ['educación de adultos', 'aprendizaje permanente'],
  ),
  topic(
    'rural-schools',
    'rural schools',
    'escuela rural',
    ['multigrade teaching', 'small schools', 'rural education'],
    ['escuelas rurales', 'aulas multigrado', 'CRA', 'educación rural'],
  ),
  // Families and community.
  topic(
    'family-engagement',
    'family engagement',
    'participación de las familias',
    ['families', 'parental involvement', 'parents'],
    ['familias', 'implicación familiar', 'relación familia-escuela'],
  ),
  topic(
    'community-partnerships',
    'community partnerships',
    'alianzas con la comunidad',
    ['community', 'local partners', 'learning communities'],
    ['comunidad', 'entorno', 'comunidades de aprendizaje'],
  ),
  topic(
    'socio-educational-work',
    'socio-educational work',
    'intervención socioeducativa',
    ['social work', 'social services', 'social inclusion'],
    ['educación social', 'servicios sociales', 'inclusión social'],
  ),
  // Digital.
  topic(
    'digital-competence',
    'digital competence',
    'competencia digital',
    ['digital skills', 'educational technology', 'edtech', 'ICT'],
    ['competencia digital docente', 'TIC', 'tecnología educativa', 'CDD'],
  ),
  topic(
    'digital-citizenship',
    'digital citizenship',
    'ciudadanía digital',
    ['online safety', 'media literacy'],
    ['seguridad en internet', 'alfabetización mediática', 'uso responsable de las pantallas'],
  ),
  topic(
    'artificial-intelligence',
    'artificial intelligence',
    'inteligencia artificial',
    ['AI', 'AI in education'],
    ['IA', 'IA en educación'],
  ),
  topic(
    'distance-learning',
    'distance learning',
    'enseñanza a distancia',
    ['online learning', 'blended learning', 'virtual classroom'],
    ['aprendizaje en línea', 'enseñanza híbrida', 'aula virtual'],
  ),
  // Leadership and professional learning.
  topic(
    'school-leadership',
    'school leadership',
    'dirección escolar',
    ['leadership', 'headship', 'pedagogical leadership'],
    ['liderazgo', 'liderazgo pedagógico', 'equipo directivo', 'dirección'],
  ),
  topic(
    'distributed-leadership',
    'distributed leadership',
    'liderazgo distribuido',
    ['shared leadership', 'middle leadership'],
    ['liderazgo compartido', 'coordinación de ciclo'],
  ),
  topic(
    'mentoring',
    'mentoring',
    'mentoría',
    ['new teachers', 'induction', 'teacher induction'],
    ['mentorización', 'profesorado novel', 'acogida del profesorado'],
  ),
  topic(
    'coaching',
    'coaching',
    'acompañamiento pedagógico',
    ['instructional coaching', 'peer coaching'],
    ['coaching', 'asesoramiento', 'acompañamiento'],
  ),
  topic(
    'professional-learning',
    'professional learning',
    'formación del profesorado',
    ['professional development', 'CPD', 'teacher training'],
    ['formación permanente', 'desarrollo profesional', 'formación en centros'],
  ),
  topic(
    'networking',
    'school networks',
    'redes de centros',
    ['school-to-school collaboration', 'professional learning networks', 'PLN'],
    ['trabajo en red', 'redes escolares', 'colaboración entre centros'],
  ),
  topic(
    'school-organisation',
    'school organisation',
    'organización escolar',
    ['timetabling', 'school management'],
    ['organización de centro', 'horarios', 'gestión escolar'],
  ),
  topic(
    'innovation',
    'educational innovation',
    'innovación educativa',
    ['innovation', 'school change'],
    ['innovación', 'cambio educativo'],
  ),
  // The wider world.
  topic(
    'sustainability',
    'sustainability',
    'sostenibilidad',
    ['environmental education', 'climate education', 'eco-schools'],
    ['educación ambiental', 'ecoescuelas', 'cambio climático'],
  ),
  topic(
    'global-citizenship',
    'global citizenship',
    'ciudadanía global',
    ['citizenship education', 'human rights', 'democracy'],
    ['educación para la ciudadanía', 'derechos humanos', 'participación del alumnado'],
  ),
  topic(
    'health-education',
    'health education',
    'educación para la salud',
    ['health promotion', 'healthy schools'],
    ['promoción de la salud', 'escuelas promotoras de salud'],
  ),
  topic(
    'entrepreneurship',
    'entrepreneurship',
    'emprendimiento',
    ['enterprise education'],
    ['cultura emprendedora', 'educación emprendedora'],
  ),
  topic(
    'internationalisation',
    'internationalisation',
    'internacionalización',
    ['international projects', 'European projects'],
    ['proyectos europeos', 'proyectos internacionales'],
  ),
];
