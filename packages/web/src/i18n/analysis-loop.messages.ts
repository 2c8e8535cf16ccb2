/**
 * The analysis loop's messages (communities and isolates, where a member stands, the printable
 * report, the analysis suggestions come from), in English and Spanish. They join the catalogues
 * as `analysisLoop` (i18n/en.ts and es.ts), so the Spanish is checked against this shape.
 */
export const analysisLoopEn = {
  communitiesAlone: { one: 'and {count} isolate, not counted', other: 'and {count} isolates, not counted' },
  communitiesHint: 'Groups of two or more that talk more among themselves than with others.',
  organisation: 'Organisation',
  position: {
    heading: 'Your position',
    notOnMap: 'You are not on this map: you did not name anyone and nobody named you in these ties.',
    isolate:
      'You have no tie on this map: you did not name anyone and nobody named you. The people who coordinate the network can help you meet colleagues.',
    ties: { one: 'You have {count} tie on this map.', other: 'You have {count} ties on this map.' },
    inOut: 'You named {out} and {in} named you.',
    community: {
      one: 'You are in a community of {count} person (including you).',
      other: 'You are in a community of {count} people (including you).',
    },
    cutPoint:
      'You are a single point of failure: without you, some people would lose touch with the rest of the network.',
    bridging:
      'Your bridging (betweenness) is {value}: the higher it is, the more paths between others pass through you.',
    role: 'The brokerage role you play most often: {role}.',
    private: 'Only you see this: others see your place on the map without your name.',
  },
  report: {
    link: 'Printable report',
    title: 'Analysis report: {network}',
    of: '{selection}. Computed on {date}.',
    print: 'Print',
    back: 'Back to the analysis',
    measures: 'Measures',
    change: 'Since the previous wave',
    attention: 'Who needs attention',
    isolatesBy: 'Isolates by organisation',
    cutPointsBy: 'Single points of failure by organisation',
    noOrganisation: 'No organisation',
    nobody: 'Nobody.',
    cutPoints: 'Single points of failure',
    more: { one: 'and {count} more', other: 'and {count} more' },
    moreOrganisations: { one: 'And {count} more organisation.', other: 'And {count} more organisations.' },
    namesHidden: 'Names and organisations are hidden for you; the counts are for the whole map.',
    map: 'Map',
    mapAlt: 'The network map: {nodes}, {ties}.',
    mapPending: 'The map is not laid out yet.',
    none: 'This analysis is not available.',
  },
  mainSurvey: {
    label: 'Main survey (the one suggestions use)',
    byDefault: 'The default: {survey}',
    defaultRule: 'The default (the survey with the most closed waves)',
    noneYet: 'The default (no survey has a closed wave yet)',
    current: 'Suggestions use the latest analysed wave of the main survey: {survey}.',
    none: 'No survey has a closed wave yet: suggestions use all the network’s ties.',
    saved: 'Main survey saved.',
  },
  source: {
    from: 'From the analysis of {selection}, computed on {date}.',
    allTies: 'all ties',
    wave: '{survey}, wave {number}',
  },
  map: {
    zoomGroup: 'Zoom',
    moreMatches: {
      one: 'and {count} more match; type more to narrow it.',
      other: 'and {count} more match; type more to narrow them.',
    },
  },
};

export const analysisLoopEs: typeof analysisLoopEn = {
  communitiesAlone: { one: 'y {count} aislado, sin contar', other: 'y {count} aislados, sin contar' },
  communitiesHint: 'Grupos de dos o más que hablan más entre sí que con los demás.',
  organisation: 'Organización',
  position: {
    heading: 'Tu posición',
    notOnMap: 'No apareces en este mapa: no nombraste a nadie y nadie te nombró en estos vínculos.',
    isolate:
      'No tienes ningún vínculo en este mapa: no nombraste a nadie y nadie te nombró. Quienes coordinan la red pueden ayudarte a conocer colegas.',
    ties: { one: 'Tienes {count} vínculo en este mapa.', other: 'Tienes {count} vínculos en este mapa.' },
    inOut: 'Nombraste a {out} y {in} te nombraron.',
    community: {
      one: 'Estás en una comunidad de {count} persona (contándote).',
      other: 'Estás en una comunidad de {count} personas (contándote).',
    },
    cutPoint:
      'Eres un punto único de fallo: sin ti, algunas personas perderían el contacto con el resto de la red.',
    bridging:
      'Tu intermediación (betweenness) es {value}: cuanto más alta, más caminos entre otras personas pasan por ti.',
    role: 'El papel de intermediación que más desempeñas: {role}.',
    private: 'Solo tú ves esto: los demás ven tu lugar en el mapa sin tu nombre.',
  },
  report: {
    link: 'Informe para imprimir',
    title: 'Informe del análisis: {network}',
    of: '{selection}. Calculado el {date}.',
    print: 'Imprimir',
    back: 'Volver al análisis',
    measures: 'Medidas',
    change: 'Desde la oleada anterior',
    attention: 'Quién necesita atención',
    isolatesBy: 'Personas aisladas por organización',
    cutPointsBy: 'Puntos únicos de fallo por organización',
    noOrganisation: 'Sin organización',
    nobody: 'Nadie.',
    cutPoints: 'Puntos únicos de fallo',
    more: { one: 'y {count} más', other: 'y {count} más' },
    moreOrganisations: { one: 'Y {count} organización más.', other: 'Y {count} organizaciones más.' },
    namesHidden: 'Los nombres y las organizaciones están ocultos para ti; los recuentos son de todo el mapa.',
    map: 'Mapa',
    mapAlt: 'El mapa de la red: {nodes}, {ties}.',
    mapPending: 'El mapa aún no está dibujado.',
    none: 'Este análisis no está disponible.',
  },
  mainSurvey: {
    label: 'Encuesta principal (la que usan las sugerencias)',
    byDefault: 'La predeterminada: {survey}',
    defaultRule: 'La predeterminada (la encuesta con más oleadas cerradas)',
    noneYet: 'La predeterminada (ninguna encuesta tiene aún una oleada cerrada)',
    current: 'Las sugerencias usan la última oleada analizada de la encuesta principal: {survey}.',
    none: 'Ninguna encuesta tiene aún una oleada cerrada: las sugerencias usan todos los vínculos de la red.',
    saved: 'Encuesta principal guardada.',
  },
  source: {
    from: 'Del análisis de {selection}, calculado el {date}.',
    allTies: 'todos los vínculos',
    wave: '{survey}, oleada {number}',
  },
  map: {
    zoomGroup: 'Zoom',
    moreMatches: {
      one: 'y {count} coincidencia más; escribe más para acotar.',
      other: 'y {count} coincidencias más; escribe más para acotar.',
    },
  },
};
