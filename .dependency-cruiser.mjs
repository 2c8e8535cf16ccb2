/**
 * Which way imports may point (docs/architecture.md, "Layers"): `npm run lint:deps`.
 * Tests and test support may import anything; the rules are about the code that ships.
 * The cycle check between folders is in .dependency-cruiser-folders.mjs, which extends this file.
 */
const SERVER = '^packages/server/src/';
const KERNEL = `${SERVER}(shared|db|authz|routing)/`;
const TABLE = '[.]table[.]ts$';

/** A rule that a folder of the server imports only the folders named. */
const importsOnly = (name, folder, allowed, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: `${SERVER}${folder}/` },
  to: { path: SERVER, pathNot: [`${SERVER}(${[folder, ...allowed].join('|')})/`] },
});

/** A rule that a package's code, but for the folders named, imports only its own files: no package, not even Node's. */
const importsNothing = (name, pkg, except, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: `^packages/${pkg}/src/`, pathNot: `^packages/${pkg}/src/(${except.join('|')})/` },
  to: { dependencyTypesNot: ['local'] },
});

export default {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'A module that imports itself through others cannot be read, tested or moved on its own (a cycle of type imports only is harmless).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    importsOnly(
      'shared-is-the-bottom',
      'shared',
      [],
      'shared/ (vocabulary, errors, pagination, locale) imports nothing of ours.',
    ),
    importsOnly(
      'db-imports-only-shared',
      'db',
      ['shared'],
      'db/ opens and migrates the database; it knows no domain.',
    ),
    importsOnly('authz-imports-only-shared', 'authz', ['shared'], 'authz/ decides from facts it is given.'),
    importsOnly(
      'routing-imports-only-the-kernel',
      'routing',
      ['shared', 'db', 'authz'],
      'routing/ is what every route file builds on.',
    ),
    {
      name: 'tables-are-the-schema',
      comment:
        'A *.table.ts declares tables: it imports other tables, db/ column helpers and shared/ vocabularies only.',
      severity: 'error',
      from: { path: TABLE },
      to: { path: SERVER, pathNot: [TABLE, `${SERVER}(db|shared)/`] },
    },
    {
      name: 'only-the-edge-imports-http',
      comment:
        'http/ is the edge (middleware, error handler, guards): app.ts mounts it, domains never import it.',
      severity: 'error',
      from: {
        path: SERVER,
        pathNot: [`${SERVER}(http|test-support|scripts|bench)/`, `${SERVER}(app|server)[.]ts$`],
      },
      to: { path: `${SERVER}http/` },
    },
    {
      name: 'kernel-imports-no-domain',
      comment: 'The kernel (shared/, db/, authz/, routing/) sits below every domain folder.',
      severity: 'error',
      from: { path: KERNEL },
      to: { path: SERVER, pathNot: [KERNEL] },
    },
    {
      name: 'only-tests-import-test-support',
      comment: 'test-support/ builds worlds for tests; shipped code never reaches it.',
      severity: 'error',
      from: { path: SERVER, pathNot: [`${SERVER}(test-support|scripts)/`] },
      to: { path: `${SERVER}test-support/` },
    },
    importsNothing(
      'spc-rules-import-nothing',
      'spc',
      ['cli'],
      'The SPC signal rules are dependency-free, so researchers, the server and the web app can all run them: only cli/ reads files and CSV.',
    ),
    importsNothing(
      'jigsaw-rules-import-nothing',
      'jigsaw',
      ['cli', 'bench'],
      'The jigsaw algorithm is dependency-free, so the server, the web app and facilitators outside the platform all run it: only cli/ reads files and CSV, and bench/ times it.',
    ),
    {
      name: 'web-imports-no-node-code',
      comment:
        'The web app may import dependency-free server and engine modules (vocabularies, types), nothing that runs on Node.',
      severity: 'error',
      from: { path: '^packages/web/src/' },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['[.]test[.]tsx?$', '/dist/', 'node_modules'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
