/** Import boundaries (npm run check). See ARCHITECTURE.md. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'domain/ holds the pure rules that server, contract and web share: it imports only itself (and small pure libraries), never contract, server or web.',
      severity: 'error',
      from: { path: '^domain/' },
      to: { path: '^(contract|server|web)/' },
    },
    {
      name: 'domain-no-io-packages',
      comment: 'No framework, database, network or file-system code in the domain; no zod either (the web app imports the domain without it).',
      severity: 'error',
      from: { path: '^domain/', pathNot: '\\.test\\.ts$' },
      to: {
        path: ['^node_modules/(fastify|@fastify|drizzle-orm|pg|@electric-sql|zod|react|@mantine|nodemailer|csv-parse|csv-stringify)/', '^(node:)?(fs|net|http|https|child_process|crypto|path|os)$'],
      },
    },
    {
      name: 'contract-is-shared',
      comment: 'contract/ is shared by server and web: it imports the domain and zod, nothing of either side.',
      severity: 'error',
      from: { path: '^contract/' },
      to: { path: '^(server|web)/' },
    },
    {
      name: 'no-foreign-repo',
      comment: 'A module may call another module’s service, never its repo.',
      severity: 'error',
      from: { path: '^server/modules/([^/]+)/' },
      to: { path: '^server/modules/([^/]+)/repo', pathNot: '^server/modules/$1/' },
    },
    {
      name: 'repos-only-in-their-module',
      severity: 'error',
      from: { pathNot: ['^server/modules/', '\\.test\\.ts$'] },
      to: { path: '^server/modules/[^/]+/repo' },
    },
    {
      name: 'server-not-web',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^web/' },
    },
    {
      name: 'web-not-server',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^server/' },
    },
    {
      name: 'features-independent',
      comment: 'Web features do not import each other (shared → features → app).',
      severity: 'error',
      from: { path: '^web/src/features/([^/]+)/' },
      to: { path: '^web/src/features/', pathNot: '^web/src/features/$1/' },
    },
    {
      name: 'shared-is-bottom',
      severity: 'error',
      from: { path: '^web/src/shared/' },
      to: { path: '^web/src/(features|app)/' },
    },
    {
      name: 'features-not-app',
      severity: 'error',
      from: { path: '^web/src/features/' },
      to: { path: '^web/src/app/' },
    },
    {
      name: 'no-circular',
      comment: 'Drizzle tables may reference each other lazily (users ↔ sales group leaders).',
      severity: 'error',
      from: { pathNot: '^server/db/schema/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: ['node_modules', 'web/dist'] },
  },
};
