// Bundle budget: gzip-sizes the JavaScript index.html loads up front (entry scripts + modulepreloads)
// and all the SPA's JavaScript in dist/. Exits 1 when either is over budget. The API reference page
// (dist/api-reference/, Swagger UI) is a page of its own that the SPA never loads: its entry script is
// listed apart and counts in neither budget.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = new URL('../dist/', import.meta.url).pathname;
const INITIAL_BUDGET_KB = 150;
const TOTAL_BUDGET_KB = 500;

function gzipKb(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

function allFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

let html;
try {
  html = readFileSync(join(DIST, 'index.html'), 'utf8');
} catch {
  console.error('dist/index.html not found: run `npm run build` first.');
  process.exit(1);
}

const initial = new Set();
for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)) initial.add(m[1]);
for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g)) initial.add(m[1]);
for (const m of html.matchAll(/<link\b[^>]*\bhref="([^"]+\.js)"[^>]*\brel="modulepreload"/g)) initial.add(m[1]);
const initialFiles = [...initial].map((src) => join(DIST, src.replace(/^\//, '')));

let referenceHtml = '';
try {
  referenceHtml = readFileSync(join(DIST, 'api-reference', 'index.html'), 'utf8');
} catch {
  // no reference page in this build
}
const referenceFiles = [...referenceHtml.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)]
  .map((m) => join(DIST, m[1].replace(/^\//, '')))
  .filter((f) => !initialFiles.includes(f));
for (const f of referenceFiles) console.log(`  API reference page (not the SPA, not in the budgets): ${relative(DIST, f)} ${gzipKb(f).toFixed(1)} KB gz`);
const jsFiles = allFiles(DIST).filter((f) => f.endsWith('.js') && !referenceFiles.includes(f));

const initialKb = initialFiles.reduce((sum, f) => sum + gzipKb(f), 0);
const totalKb = jsFiles.reduce((sum, f) => sum + gzipKb(f), 0);

for (const f of jsFiles.sort()) console.log(`  ${initialFiles.includes(f) ? '*' : ' '} ${relative(DIST, f).padEnd(50)} ${gzipKb(f).toFixed(1).padStart(7)} KB gz`);
console.log(`initial JS (* loaded by index.html): ${initialKb.toFixed(1)} KB gzipped (budget ${INITIAL_BUDGET_KB} KB)`);
console.log(`total JS: ${totalKb.toFixed(1)} KB gzipped in ${jsFiles.length} files (budget ${TOTAL_BUDGET_KB} KB)`);

let failed = false;
if (initialFiles.length === 0) {
  console.error('FAIL: index.html loads no script: nothing to measure.');
  failed = true;
}
if (initialKb > INITIAL_BUDGET_KB) {
  console.error(`FAIL: initial JS is over budget by ${(initialKb - INITIAL_BUDGET_KB).toFixed(1)} KB`);
  failed = true;
}
if (totalKb > TOTAL_BUDGET_KB) {
  console.error(`FAIL: total JS is over budget by ${(totalKb - TOTAL_BUDGET_KB).toFixed(1)} KB`);
  failed = true;
}
process.exit(failed ? 1 : 0);
