#!/usr/bin/env node
// `npm start`: serves the add-in from memory over https on port 3000 (the origin manifest.xml names),
// with office-addin-dev-certs' certificates made on first start, and says how to load it into Excel.
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import devCerts from 'office-addin-dev-certs';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import webpackConfig, { DEV_URL } from '../webpack.config.js';

const PORT = 3000;
const CERT_DIR = join(homedir(), '.office-addin-dev-certs');
const FILES = { ca: join(CERT_DIR, 'ca.crt'), cert: join(CERT_DIR, 'localhost.crt'), key: join(CERT_DIR, 'localhost.key') };

function readCertificates() {
  return { ca: readFileSync(FILES.ca), cert: readFileSync(FILES.cert), key: readFileSync(FILES.key) };
}

function haveFreshCertificates() {
  if (!Object.values(FILES).every((f) => existsSync(f))) return false;
  // A day of margin so a long session does not run past the certificate's end.
  return new Date(new X509Certificate(readFileSync(FILES.cert)).validTo).getTime() > Date.now() + 86_400_000;
}

/**
 * Windows and macOS: office-addin-dev-certs makes the certificates and trusts its CA (it may ask once).
 * Linux: it would run `sudo update-ca-certificates`, which we do not want from `npm start`, and browsers
 * keep their own trust stores anyway, so we only generate the files (no sudo) and say what to trust.
 */
async function httpsOptions() {
  if (process.platform !== 'linux') {
    try {
      return await devCerts.getHttpsServerOptions();
    } catch (error) {
      if (!haveFreshCertificates()) throw error;
      console.warn(`Could not install the development CA (${error instanceof Error ? error.message : String(error)}); using the certificates in ${CERT_DIR}.`);
      return readCertificates();
    }
  }
  if (!haveFreshCertificates()) {
    console.log(`Making development certificates in ${CERT_DIR} …`);
    await devCerts.generateCertificates(FILES.ca, FILES.cert, FILES.key);
  }
  console.log(
    `Note: on Linux the development CA cannot be trusted system-wide from here. To open the pages without a\n` +
      `warning, import ${FILES.ca} into your browser's certificate authorities (or accept the warning once).`,
  );
  return readCertificates();
}

const config = webpackConfig({}, { mode: 'development' });
config.infrastructureLogging = { level: 'warn' };
config.stats = 'errors-warnings';
const compiler = webpack(config);
const server = new WebpackDevServer(
  {
    host: 'localhost',
    port: PORT,
    server: { type: 'https', options: await httpsOptions() },
    // Office on the web loads the pages from its own origin into an iframe.
    headers: { 'Access-Control-Allow-Origin': '*' },
    static: false,
    hot: false,
    liveReload: true,
    client: { overlay: { errors: true, warnings: false }, logging: 'warn' },
  },
  compiler,
);

let announced = false;
compiler.hooks.done.tap('sangkien-start', (stats) => {
  if (stats.hasErrors()) {
    console.error('Build failed; fix the errors above and save: the server rebuilds by itself.');
    return;
  }
  if (announced) return;
  announced = true;
  console.log(`
Hội đồng sáng kiến is being served over https on port ${PORT}:
  Task pane:  ${DEV_URL}taskpane.html
  Workbench:  ${DEV_URL}workbench.html   (simulated Excel with a sample workbook; no Excel needed)
  Manifest:   ${DEV_URL}manifest.xml

Load it into Excel (sideload manifest.xml):
  - Excel on Windows or Mac: in another terminal run  npx office-addin-debugging start manifest.xml
    (it is not a dependency of this project; npx fetches it).
  - Excel on the web: Home → Add-ins → More add-ins → Upload My Add-in → choose manifest.xml.
Then use the "Hội đồng sáng kiến" group on the Home tab. Ctrl+C stops the server.
`);
});

await server.start();

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void server.stop().then(() => process.exit(0));
  });
}
