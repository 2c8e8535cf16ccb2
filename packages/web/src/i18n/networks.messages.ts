/**
 * Network pages' messages added for issue 11 (a name that exists, members-only child networks,
 * an edit page one may not use), in English and Spanish; they join the catalogues as `networkPages`.
 */
export const networkPagesEn = {
  sameNameExists: 'A network called “{name}” already exists.',
  sameNameOpen: 'Open {name}',
  sameNameHint: 'Two networks with the same name are hard to tell apart. Check it is not the one you mean.',
  sameNameConfirm: 'Create a second network with this name anyway',
  sameNameChecking: 'Checking the name…',
  membersOnly: 'members only',
  membersOnlyHint: 'Only its members can open it.',
  mayNotEdit: 'You may not edit this network',
  mayNotEditBody:
    'Only the network’s coordinators, its coordinating committee and platform administrators edit it.',
  backToNetwork: 'Back to {name}',
};

export const networkPagesEs: typeof networkPagesEn = {
  sameNameExists: 'Ya existe una red llamada «{name}».',
  sameNameOpen: 'Abrir {name}',
  sameNameHint:
    'Dos redes con el mismo nombre son difíciles de distinguir. Comprueba que no es la que buscas.',
  sameNameConfirm: 'Crear de todos modos una segunda red con este nombre',
  sameNameChecking: 'Comprobando el nombre…',
  membersOnly: 'solo para miembros',
  membersOnlyHint: 'Solo sus miembros pueden abrirla.',
  mayNotEdit: 'No puedes editar esta red',
  mayNotEditBody:
    'Solo la coordinación de la red, su comité coordinador y la administración de la plataforma la editan.',
  backToNetwork: 'Volver a {name}',
};
