// Lint: type-aware typescript-eslint, the Office add-in rules where office-js is used, and the
// boundary that keeps src/core pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

const CORE_BOUNDARY =
  'src/core is the pure engine shared by the task pane, the ribbon command, the CLI and the workbench: ' +
  'it takes grids and returns plans, so it must not import office-js, React, Fluent UI, exceljs or Node. ' +
  'Do the I/O in src/workbook (adapters) or src/app, and pass plain data in.';

const NO_TEST_IMPORTS =
  'Code under src ships (the add-in, the CLI, the workbench page); test/ holds tests and their builders and ' +
  'does not. Move what both need into src (the sample generator lives in src/sample) and import it from there.';

const SAMPLE_BOUNDARY =
  'src/sample is loaded by the workbench page in the browser as well as by tests and scripts: ' +
  'keep it free of Node, exceljs and the hosts, and write files from scripts/ instead.';

const CORE_PATTERNS = [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: CORE_BOUNDARY },
  { group: ['@fluentui/*'], message: CORE_BOUNDARY },
  { group: ['exceljs', 'exceljs/*'], message: CORE_BOUNDARY },
  { group: ['@microsoft/office-js', 'office-js', '@types/office-js'], message: CORE_BOUNDARY },
  { group: ['node:*'], message: CORE_BOUNDARY },
  {
    group: ['fs', 'path', 'os', 'crypto', 'child_process', 'url', 'zlib', 'stream', 'buffer', 'util'],
    message: CORE_BOUNDARY,
  },
  {
    group: ['**/workbook/**', '**/taskpane/**', '**/cli/**', '**/workbench/**', '**/commands/**', '**/app/**'],
    message: CORE_BOUNDARY,
  },
];

const APP_BOUNDARY =
  'src/app holds the use cases every host runs; the hosts (task pane, ribbon command, CLI, workbench) choose ' +
  'the adapter. Take the WorkbookPort (or XlsxLoader for whole .xlsx files) as a parameter instead of importing ' +
  'src/workbook/office or src/workbook/xlsx.';

const STEP_BOUNDARY =
  'Steps and hooks reach the workbook through the host (useHost: the port, createWorkbook, loadXlsx), never ' +
  'through the Excel or Office globals, so the same pane runs in Excel, the workbench and the tests. Inject what ' +
  'is needed from src/taskpane/host (hostFromOffice).';

const ADAPTER_PATTERN = {
  group: ['**/workbook/office', '**/workbook/office/**', '**/workbook/xlsx', '**/workbook/xlsx/**'],
  message: APP_BOUNDARY,
};

/** Every file under src: no import reaches into test/. */
const TEST_PATTERN = { group: ['**/test/**', 'test/*'], message: NO_TEST_IMPORTS };
const TEST_FILES = ['src/**/*.test.{ts,tsx}'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/out/', 'test-results/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
  {
    files: [
      'src/workbook/office/**/*.ts',
      'src/selftest/**/*.{ts,tsx}',
      'src/taskpane/**/*.{ts,tsx}',
      'src/commands/**/*.ts',
      'src/app/**/*.ts',
    ],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // Tests under src may use the shared builders in test/; what ships may not.
    files: ['src/**/*.{ts,tsx}'],
    ignores: TEST_FILES,
    rules: { 'no-restricted-imports': ['error', { patterns: [TEST_PATTERN] }] },
  },
  {
    files: ['src/sample/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'exceljs', 'exceljs/*'], message: SAMPLE_BOUNDARY },
            {
              group: [
                '**/workbook/**',
                '**/taskpane/**',
                '**/cli/**',
                '**/workbench/**',
                '**/commands/**',
                '**/app/**',
              ],
              message: SAMPLE_BOUNDARY,
            },
            TEST_PATTERN,
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: CORE_PATTERNS,
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: CORE_BOUNDARY },
        { name: 'Office', message: CORE_BOUNDARY },
        { name: 'process', message: CORE_BOUNDARY },
        { name: 'require', message: CORE_BOUNDARY },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: TEST_FILES,
    rules: { 'no-restricted-imports': ['error', { patterns: [...CORE_PATTERNS, TEST_PATTERN] }] },
  },
  {
    files: ['src/app/**/*.ts'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': ['error', { patterns: [ADAPTER_PATTERN, TEST_PATTERN] }],
      // no-restricted-imports does not see import(): an adapter loaded on demand is the same choice.
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression[source.value=/workbook\\/(office|xlsx)/]', message: APP_BOUNDARY },
      ],
    },
  },
  {
    files: ['src/taskpane/steps/**/*.{ts,tsx}', 'src/taskpane/**/use*.{ts,tsx}'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: STEP_BOUNDARY },
        { name: 'Office', message: STEP_BOUNDARY },
      ],
    },
  },
);
