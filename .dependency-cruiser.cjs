// Which way the layers point (`npm run lint:deps`, part of `npm test`). The direction, from the bottom up:
//   src/shared          types and pure helpers the content script may import; imports nothing else
//   src/core            the pure core the worker runs (document, nlp, checks, features, model, explainer,
//                       suggestions, util), plus eval/ and data/, which only evaluation and training use
//   src/training        Node-only model training (tfjs, fs, worker threads); imports core, never the reverse
//   src/worker, src/extension, src/content, src/popup   the browser side, each over core or shared only
//   entrypoints/        WXT wiring: imports the browser side, and nothing imports it
//   scripts/, bench/, tests/   use anything; nothing in src/ imports them
// Rules match resolved paths. Type-only imports count like any other (swc does not tell them apart), so a type
// cycle is a cycle and a type package must be listed too.
const BROWSER_SIDE = '^(src/(worker|extension|content|popup)|entrypoints)/';
const RUNTIME = '^(src/(core|worker|extension|content|popup|shared)|entrypoints)/';
const BROWSER_APIS = '^(node_modules/)?(wxt|@wxt-dev|webextension-polyfill|#imports)(/|$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles, type-only ones included: split out what both sides need (checks/prose-view.ts).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core runs the same in Node, the worker and tests: never imports the browser side or entrypoints.',
      from: { path: '^src/core/' },
      to: { path: BROWSER_SIDE },
    },
    {
      name: 'core-no-browser-apis',
      severity: 'error',
      comment: 'src/core never imports WXT or the extension APIs (src/extension adapts them).',
      from: { path: '^src/core/' },
      to: { path: BROWSER_APIS },
    },
    {
      name: 'core-no-node-builtins',
      severity: 'error',
      comment: 'src/core imports no Node built-ins (the worker has none); only data/ ingestion parses dump streams.',
      from: { path: '^src/core/', pathNot: '^src/core/data/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-not-training',
      severity: 'error',
      comment: 'Training depends on the core, never the reverse: src/core never imports src/training.',
      from: { path: '^src/core/' },
      to: { path: '^src/training/' },
    },
    {
      name: 'runtime-core-not-eval-or-data',
      severity: 'error',
      comment: 'What the worker runs never imports evaluation (core/eval) or data set ingestion (core/data).',
      from: { path: '^src/core/', pathNot: '^src/core/(eval|data)/' },
      to: { path: '^src/core/(eval|data)/' },
    },
    {
      name: 'browser-side-not-training',
      severity: 'error',
      comment: 'Nothing that ships imports training, evaluation or ingestion code.',
      from: { path: BROWSER_SIDE },
      to: { path: '^src/(training|core/(eval|data))/' },
    },
    {
      name: 'no-tfjs-at-runtime',
      severity: 'error',
      comment: 'What ships reads the model without tfjs (core/model/layers-graph.ts); tfjs is for training and tests.',
      from: { path: RUNTIME },
      to: { path: '^node_modules/@tensorflow/' },
    },
    {
      name: 'shared-is-a-leaf',
      severity: 'error',
      comment: 'src/shared is what the content script may import: it imports only src/shared.',
      from: { path: '^src/shared/' },
      to: { pathNot: '^src/shared/' },
    },
    {
      name: 'content-script-has-no-ml',
      severity: 'error',
      comment: 'The content script stays small: it imports src/shared and WXT, not the core, worker or adapters.',
      from: { path: '^src/content/' },
      to: { path: '^src/(core|training|worker|extension|popup)/' },
    },
    {
      name: 'popup-over-shared',
      severity: 'error',
      comment: 'The popup shows what the worker sent: it reads src/shared and the settings store, never the core.',
      from: { path: '^src/popup/' },
      to: { path: '^src/(core|training|worker|content)/' },
    },
    {
      name: 'entrypoints-are-wiring',
      severity: 'error',
      comment: 'entrypoints/ wire the browser side together: they do not reach into the core or training.',
      from: { path: '^entrypoints/' },
      to: { path: '^src/(core|training)/' },
    },
    {
      name: 'nothing-imports-entrypoints',
      severity: 'error',
      comment: 'entrypoints/ are WXT entry points; a module another file needs belongs in src/.',
      from: { pathNot: '^entrypoints/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'src-not-tooling',
      severity: 'error',
      comment: 'src/ never imports tests, benchmarks or scripts.',
      from: { path: '^src/' },
      to: { path: '^(tests|bench|scripts)/' },
    },
    {
      name: 'src-not-dev-dependencies',
      severity: 'error',
      comment:
        'What src/ imports is a dependency in package.json, not a devDependency; type packages aside, and WXT, ' +
        'the build tool, whose browser shim it bundles.',
      from: { path: '^(src|entrypoints)/' },
      to: { dependencyTypes: ['npm-dev'], pathNot: '^node_modules/(@types|wxt)/' },
    },
    {
      name: 'no-unlisted-packages',
      severity: 'error',
      comment: 'Every package imported is listed in package.json (no phantom dependencies through another package).',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'resolvable',
      severity: 'error',
      comment: 'Every import resolves (WXT virtual modules aside).',
      from: {},
      to: { couldNotResolve: true, pathNot: '^#imports$' },
    },
  ],
  options: {
    // TypeScript 7 has no JavaScript compiler API for dependency-cruiser's tsc parser, so swc parses.
    // Its parse options have no JSX, so .tsx files (the popup's Preact components and entrypoints/popup/main.tsx)
    // are not read: imports *from* them are unchecked, imports *of* them are.
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: ['\\.tsx$', '^\\.wxt/', '^\\.output/'] },
    doNotFollow: { path: ['node_modules'] },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
