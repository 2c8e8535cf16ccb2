/**
 * Messages of the topic tag boxes (expertise and needs) and of tag lists, in English and Spanish.
 * They join the catalogues as `topics` (i18n/en.ts and es.ts).
 */
export const topicsEn = {
  list: 'Topics',
  noMatches: 'No topic matches: press Enter to add it as your own tag.',
  searching: 'Searching…',
  count: { one: '{count} topic', other: '{count} topics' },
  /** An option that names the topic through another of its names. */
  alsoCalled: 'also “{name}”',
  /** The option that keeps what was typed as a free tag. */
  ownTag: 'Add “{tag}” as your own tag',
  /** A free tag other people already use. */
  inUse: { one: 'used once', other: 'used {count} times' },
  /** The end of a capped list of tags in a sentence. */
  more: { one: '{count} more', other: '{count} more' },
};

export const topicsEs: typeof topicsEn = {
  list: 'Temas',
  noMatches: 'Ningún tema coincide: pulsa Intro para añadirlo como etiqueta propia.',
  searching: 'Buscando…',
  count: { one: '{count} tema', other: '{count} temas' },
  alsoCalled: 'también «{name}»',
  ownTag: 'Añadir «{tag}» como etiqueta propia',
  inUse: { one: 'se usa una vez', other: 'se usa {count} veces' },
  more: { one: '{count} más', other: '{count} más' },
};
