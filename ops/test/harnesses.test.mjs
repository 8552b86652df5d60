// The benchmark harnesses and the fault suite run on a fresh machine after the set-up (issue 18 §1), and fail
// loudly when a target is missed:
// - no script calls Maven offline (`-o` fails on a fresh ~/.m2) or calls a plugin goal (a prefix like `exec:` needs
//   the plugin fetched at run time): Maven is only asked for lifecycle phases, which the set-up's build has run, and
//   mains start with `java -cp "$(tool_classpath <module>)"`, the classpath that build wrote;
// - every module a script takes a classpath from writes it in its build, and every main a script names exists there;
// - the five harnesses end with the verdict table, take --report-only, and the table's exit code is right;
// - the production jar holds no local-stack code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp, rm, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../lib/procs.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (rel) => readFile(path.join(repo, rel), 'utf8');
const exists = (rel) => access(path.join(repo, rel)).then(() => true, () => false);

const harnesses = ['bench/startup', 'bench/scale', 'bench/load', 'bench/import-browser', 'reliability/run'];
const tools = [...harnesses, 'bench/guard', 'bench/integration', 'bench/lambda-init'];
const scripts = [...tools, 'scripts/lib.sh', 'scripts/setup', 'scripts/dev', 'scripts/test', 'scripts/test-e2e',
  'scripts/package-release', '.ci/run'];
const phases = new Set(['clean', 'validate', 'compile', 'test-compile', 'test', 'package', 'verify', 'install']);

// the script's text with line continuations joined and comments dropped
async function commands(rel) {
  return (await read(rel)).replace(/\\\n/g, ' ').split('\n').filter((l) => !/^\s*#/.test(l));
}

// what is wrong with one line's Maven calls: offline mode, or a word that is neither an option nor a phase
function mavenViolations(line) {
  const found = [];
  for (const call of line.matchAll(/\.\/mvnw((?:\s+[^\s|;&()>]+)*)/g)) {
    const words = call[1].trim().split(/\s+/).filter(Boolean);
    for (const [i, word] of words.entries()) {
      if (['-pl', '--projects', '-f', '--file', '-rf'].includes(words[i - 1])) continue;  // an option's value
      if (word === '--offline' || (/^-[a-zA-Z]+$/.test(word) && !/^-[DP]/.test(word) && word.includes('o'))) {
        found.push(`offline (${word})`);
      } else if (!word.startsWith('-') && !word.startsWith('"') && !word.startsWith('$') && !phases.has(word)) {
        found.push(`'${word}' is not a lifecycle phase`);
      }
    }
  }
  if (/exec:java|exec-maven-plugin|spring-boot:(test-)?run/.test(line)) found.push('a plugin run at run time');
  return found;
}

test('no script calls Maven offline or asks it for anything but lifecycle phases', async () => {
  let mavenCalls = 0;
  for (const rel of scripts) {
    for (const line of await commands(rel)) {
      if (line.includes('./mvnw')) mavenCalls++;
      assert.deepEqual(mavenViolations(line), [], `${rel}: ${line.trim()}`);
    }
  }
  assert.ok(mavenCalls >= 2, 'the check saw the build calls (lib.sh, lambda-init)');
});

test('the check itself catches an offline call and a plugin goal', () => {
  assert.deepEqual(mavenViolations('./mvnw -q -B -o -pl functions test-compile'), ['offline (-o)']);
  assert.deepEqual(mavenViolations('./mvnw -qBo install'), ['offline (-qBo)']);
  assert.ok(mavenViolations('./mvnw -q -pl functions exec:java -Dexec.mainClass=X').length > 0);
  assert.deepEqual(mavenViolations('./mvnw -q -B -DskipTests -Dmaven.repo.local=/x -Paws install'), []);
});

test('every main a script starts is on the classpath its module writes in the build', async () => {
  const root = await read('pom.xml');
  assert.match(root, /<id>tool-classpath<\/id>[\s\S]*?<goal>build-classpath<\/goal>[\s\S]*?<outputFile>\$\{project\.build\.directory\}\/classpath\.txt<\/outputFile>/,
    'the root pom binds build-classpath (target/classpath.txt) in pluginManagement');
  const lib = await read('scripts/lib.sh');
  assert.match(lib, /tool_classpath\(\) \{[\s\S]*?target\/classpath\.txt/);
  let mains = 0;
  for (const rel of [...tools, 'scripts/dev', 'scripts/test-e2e']) {
    const lines = await commands(rel);
    const modules = [...new Set(lines.join('\n').match(/tool_classpath \w+/g) ?? [])].map((m) => m.split(' ')[1]);
    for (const module of modules) {
      assert.match(await read(`${module}/pom.xml`), /<artifactId>maven-dependency-plugin<\/artifactId>/,
        `${rel}: module ${module} does not write target/classpath.txt`);
    }
    for (const line of lines.filter((l) => l.includes('bin/java') && l.includes('-cp'))) {
      for (const cls of line.match(/\bcom\.salesmachine\.[\w.]*[A-Z]\w*/g) ?? []) {
        const file = cls.replaceAll('.', '/') + '.java';
        const candidates = ['localstack', 'functions', ...modules].flatMap((m) =>
          [`${m}/src/main/java/${file}`, `${m}/src/test/java/${file}`]);
        const found = (await Promise.all(candidates.map(exists))).some(Boolean);
        assert.ok(found, `${rel}: ${cls} is not a source of ${modules.join(', ')} or what they depend on`);
        mains++;
      }
    }
  }
  assert.ok(mains >= 10, `saw ${mains} mains`);
});

test('each harness takes --report-only and ends with the verdict table', async () => {
  for (const rel of harnesses) {
    const text = await read(rel);
    assert.match(text, /--report-only/, `${rel} does not mention --report-only`);
    if (rel === 'reliability/run') {
      assert.match(text, /FAIL\\\|NOT RUN/, 'reliability/run fails on FAIL and NOT RUN rows');
    } else {
      assert.match(text, /parse_report_only "\$@"/, rel);
      assert.match(text, /verdict_table "\$verdicts"/, `${rel} does not print the verdict table`);
    }
  }
});

test('the verdict table exits 1 on a GAP or on no verdict, 0 on all PASS or with --report-only', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'sm-verdicts-'));
  try {
    const table = async (rows, ...args) => {
      const file = path.join(dir, 'verdicts.tsv');
      await writeFile(file, rows);
      const script = `root=${JSON.stringify(repo)}; source "$root/scripts/lib.sh"; parse_report_only "$@"; verdict_table ${JSON.stringify(file)}`;
      return run('bash', ['-c', script, 'harness', ...args]);
    };
    const pass = await table('1: start <= 1500 ms\t1247 ms\tPASS\n');
    assert.equal(pass.code, 0, pass.stdout + pass.stderr);
    assert.match(pass.stdout, /target\s+figure\s+verdict/);
    assert.match(pass.stdout, /1: start <= 1500 ms\s+1247 ms\s+PASS/);
    const gap = await table('1: start <= 1500 ms\t1247 ms\tPASS\n4: search p95 <= 30 ms, 32 clients\t364.6 ms\tGAP\n');
    assert.equal(gap.code, 1, gap.stdout);
    const reportOnly = await table('4: search p95 <= 30 ms\t364.6 ms\tGAP\n', '7', '--report-only');
    assert.equal(reportOnly.code, 0, reportOnly.stdout);
    assert.match(reportOnly.stdout, /--report-only/);
    const none = await table('');
    assert.equal(none.code, 1, 'a harness that stopped before its table does not pass');
    const noneReportOnly = await table('', '--report-only');
    assert.equal(noneReportOnly.code, 1, '--report-only does not excuse a missing table');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the README set-up is one command to run and one to test; .ci/run calls only the test one', async () => {
  const ci = (await commands('.ci/run')).filter((l) => l.trim() && !l.startsWith('set ') && !l.startsWith('cd '));
  assert.deepEqual(ci.map((l) => l.trim()), ['./scripts/test']);
  for (const rel of ['scripts/dev', 'scripts/test']) {
    assert.match(await read(rel), /^scripts\/setup (dev|test)$/m, `${rel} runs its own set-up`);
  }
});

test('the production jar holds no local-stack, dev-server, benchmark or fault-suite code', async (t) => {
  const jar = path.join(repo, 'functions/target/sales-machine-functions.jar');
  if (!(await exists('functions/target/sales-machine-functions.jar'))) {
    t.skip('no functions/target/sales-machine-functions.jar (not built)');
    return;
  }
  const listing = await run('unzip', ['-Z1', jar]);
  assert.equal(listing.code, 0, listing.stderr);
  const entries = listing.stdout.split('\n');
  assert.ok(entries.some((e) => e.endsWith('com/salesmachine/SalesMachineApplication.class')), 'the listing is the app');
  for (const bad of [/com\/salesmachine\/localstack\//, /LocalSalesMachine/, /com\/salesmachine\/bench\//,
    /com\/salesmachine\/reliability\//, /com\/salesmachine\/support\//, /embedded-postgres/, /embedded-redis/,
    /lib\/localstack-/]) {
    assert.ok(!entries.some((e) => bad.test(e)), `the jar holds ${bad}`);
  }
});
