// Builds the viewer into dist/: one script (the app, Leaflet,
// leaflet.markercluster and topojson-client bundled and minified), one style
// sheet, the page, and Natural Earth's country borders from world-atlas.
// dist/ is committed, so that building sitrep needs no npm; run
// `make viewer` after changing src/.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const here = new URL('.', import.meta.url).pathname;
const out = `${here}dist`;
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [`${here}src/app.js`], bundle: true, minify: !process.env.DEBUG, format: 'iife',
  target: ['es2020'], outfile: `${out}/app.js`, legalComments: 'eof', logLevel: 'warning',
});
const css = ['leaflet/dist/leaflet.css', 'leaflet.markercluster/dist/MarkerCluster.css',
  'leaflet.markercluster/dist/MarkerCluster.Default.css']
  .map((f) => readFileSync(`${here}node_modules/${f}`, 'utf8'))
  .concat(readFileSync(`${here}src/style.css`, 'utf8'));
writeFileSync(`${out}/app.css`, css.join('\n'));
copyFileSync(`${here}src/index.html`, `${out}/index.html`);
copyFileSync(`${here}node_modules/world-atlas/countries-50m.json`, `${out}/countries-50m.json`);
