// Builds the add-in's pages: the task pane, its self-test page and the ribbon's function file (all run
// inside Excel and load office.js), and the workbench (a browser page with a simulated Excel, no office.js).
//   npm run build      → dist/ for production: office.js from Microsoft's CDN, manifest URLs → ADDIN_URL
//                        (where dist/ is hosted, https; e.g. `ADDIN_URL=https://addin.ldld.example.vn/ npm run build`)
//   npm run build:dev  → dist/ for the dev server's origin, office.js served locally under office-js/
// `npm start` (scripts/start.mjs) runs the same config in webpack-dev-server over https on port 3000.
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';

const ROOT = dirname(fileURLToPath(import.meta.url));
export const DEV_URL = 'https://localhost:3000/';
export const DEFAULT_ADDIN_URL = 'https://sangkien.example.org/';
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_LOCAL = 'office-js/office.js';

/** Pages and whether they run inside Office (and so need office.js). */
const PAGES = [
  { name: 'taskpane', entry: './src/taskpane/index.tsx', template: './src/taskpane/taskpane.html', office: true },
  { name: 'commands', entry: './src/commands/commands.ts', template: './src/commands/commands.html', office: true },
  // "Kiểm tra Excel này": the pane's help link navigates the pane here; it runs inside Excel.
  { name: 'selftest', entry: './src/selftest/index.tsx', template: './src/selftest/selftest.html', office: true },
  // The workbench installs the simulated Excel's globals itself; a real office.js would fight it.
  { name: 'workbench', entry: './src/workbench/index.tsx', template: './src/workbench/workbench.html', office: false },
];

/** The production origin, always ending in one slash so it can stand in for DEV_URL. */
export function addinUrl(value = process.env.ADDIN_URL) {
  const raw = value === undefined || value.trim() === '' ? DEFAULT_ADDIN_URL : value.trim();
  const url = new URL(raw);
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL must be https (Office loads add-ins over https only): ${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Rewrites the dev server's URLs in the manifest to where production is hosted. */
export function productionManifest(xml, url) {
  const origin = new URL(url).origin;
  return xml.replaceAll(DEV_URL, url).replaceAll(DEV_URL.slice(0, -1), origin);
}

/**
 * Gives each Office page exactly one office.js: the CDN in production (the store requires it), a local
 * copy in development (works offline, pinned to node_modules). Templates may already name the CDN
 * script or leave it out; the workbench must not load it at all.
 */
class OfficeJsPlugin {
  constructor(src) {
    this.src = src;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap('OfficeJsPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap('OfficeJsPlugin', (data) => {
        const page = PAGES.find((p) => `${p.name}.html` === data.outputName);
        const hasOfficeJs = /<script[^>]+office\.js/.test(data.html);
        if (page === undefined) return data;
        if (!page.office) {
          if (hasOfficeJs) compilation.errors.push(new webpack.WebpackError(`${data.outputName} must not load office.js`));
          return data;
        }
        const tag = `<script src="${this.src}"></script>`;
        // Quotes are optional: a minified template drops them.
        const cdn = /<script\s+src=["']?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js["']?\s*><\/script>/;
        const html = cdn.test(data.html)
          ? data.html.replace(cdn, tag)
          : hasOfficeJs
            ? data.html
            : data.html.replace('</head>', `  ${tag}\n</head>`);
        return { ...data, html };
      });
    });
  }
}

/** Only what Excel needs of office.js's 86 MB folder: no debug builds, no other hosts. */
const OFFICE_JS_IGNORE = [
  '**/*.debug.js',
  '**/*vsdoc*',
  '**/*.d.ts',
  '**/{outlook,word,powerpoint,onenote,project,access,custom-functions}*',
];

export default function config(_env = {}, argv = {}) {
  const production = (argv.mode ?? process.env.NODE_ENV) === 'production';
  const url = production ? addinUrl() : DEV_URL;
  const copies = [
    { from: 'assets', to: 'assets', globOptions: { ignore: ['**/*.svg'] } },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: (content) => (production ? productionManifest(content.toString(), url) : content),
    },
  ];
  if (!production) {
    copies.push({
      from: 'node_modules/@microsoft/office-js/dist',
      to: 'office-js',
      globOptions: { ignore: OFFICE_JS_IGNORE },
    });
  }

  return {
    mode: production ? 'production' : 'development',
    context: ROOT,
    target: 'web',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: Object.fromEntries(PAGES.map((p) => [p.name, p.entry])),
    output: {
      path: resolve(ROOT, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
      // Sources may import './x.js' for a './x.ts' (NodeNext habit); resolve it the TypeScript way.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          // `npm test` type-checks; the bundle only needs the JavaScript. tsconfig says noEmit for tsc.
          options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
        },
      ],
    },
    optimization: {
      // Shared vendor code (React, Fluent) in its own cached chunks; exceljs only where imported lazily.
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 20 },
          // Only the Fluent the shell paints first: components a lazy step uses load with that step, so
          // the pane's first download does not grow with every step built.
          fluent: { test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg)[\\/]/, name: 'fluent', chunks: 'initial', priority: 10 },
        },
      },
    },
    // The test in test/build checks the task pane's initial chunks against a gzip budget instead.
    performance: { hints: false },
    plugins: [
      ...PAGES.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: `${p.name}.html`,
            template: p.template,
            chunks: [p.name],
            scriptLoading: 'defer',
          }),
      ),
      new OfficeJsPlugin(production ? OFFICE_JS_CDN : OFFICE_JS_LOCAL),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
  };
}
