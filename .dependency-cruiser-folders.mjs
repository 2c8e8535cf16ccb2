/**
 * No cycle between folders (docs/architecture.md, "Layers"). Tables are left out: the schema's
 * foreign keys point between domain folders (a membership names a person, a network and an
 * organisation) and any query may join any table; tables themselves import only tables, db/ and
 * shared/ (the `tables-are-the-schema` rule in .dependency-cruiser.mjs).
 */
import base from './.dependency-cruiser.mjs';

export default {
  forbidden: [
    {
      name: 'no-folder-cycle',
      comment:
        'Each folder imports one way: shared kernel below, domains above, http/ and app.ts at the edge.',
      severity: 'error',
      scope: 'folder',
      // The server's, the web app's, the engine's, the SPC rules' and the jigsaw's folders.
      from: { path: '^packages/(server|web|sna|spc|jigsaw)/src/' },
      to: { circular: true },
    },
  ],
  options: { ...base.options, exclude: { path: [...base.options.exclude.path, '[.]table[.]ts$'] } },
};
