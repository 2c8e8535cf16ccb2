/**
 * Messages of the knowledge bank's collection pages (a network's collections, one collection),
 * in English and Spanish. They join the catalogues as `collections` (i18n/en.ts and es.ts).
 */
export const collectionsEn = {
  title: 'Collections',
  networkTitle: 'Collections of {network}',
  intro: 'Shelves of resources the network’s coordinators have put together, in order.',
  link: 'Collections of resources',
  none: 'This network has no collections yet.',
  itemCount: { one: '{count} resource', other: '{count} resources' },
  curatedBy: 'Put together by {name} for {network}',
  items: 'Resources in this collection',
  noItems: 'This collection has no resources you can see.',
  notFound: 'Collection not found',
  notFoundBody: 'It may have been removed, or it belongs to a network you cannot see.',
  backToNetwork: 'Collections of {network}',
};

export const collectionsEs: typeof collectionsEn = {
  title: 'Colecciones',
  networkTitle: 'Colecciones de {network}',
  intro: 'Estanterías de recursos que han reunido, en orden, quienes coordinan la red.',
  link: 'Colecciones de recursos',
  none: 'Esta red todavía no tiene colecciones.',
  itemCount: { one: '{count} recurso', other: '{count} recursos' },
  curatedBy: 'Reunida por {name} para {network}',
  items: 'Recursos de esta colección',
  noItems: 'Esta colección no tiene recursos que puedas ver.',
  notFound: 'No se ha encontrado la colección',
  notFoundBody: 'Puede que se haya eliminado o que pertenezca a una red que no puedes ver.',
  backToNetwork: 'Colecciones de {network}',
};
