// Validates the GitHub Actions workflows with action-validator (JSON schema of workflow files)
// and checks the pipeline shape the project relies on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { run } from '../lib/procs.mjs';

const ops = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repo = path.resolve(ops, '..');
const validator = path.join(ops, 'node_modules', '@action-validator', 'cli', 'cli.mjs');
const workflows = ['.github/workflows/ci.yaml', '.github/workflows/deploy.yaml'];
const load = async (rel) => parse(await readFile(path.join(repo, rel), 'utf8'));
const allRuns = (job) => job.steps.map((s) => s.run ?? '').join('\n');

for (const wf of workflows) {
  test(`${wf} passes action-validator`, async () => {
    const r = await run(process.execPath, [validator, path.join(repo, wf)]);
    assert.equal(r.code, 0, `action-validator reported:\n${r.stdout}${r.stderr}`);
  });
}

test('action-validator rejects a broken workflow (the check can fail)', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'sm-wf-'));
  try {
    const bad = path.join(dir, 'bad.yaml');
    await writeFile(bad, 'name: Bad\non: [push]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: echo hi\n');
    const r = await run(process.execPath, [validator, bad]);
    assert.notEqual(r.code, 0);
    assert.match(r.stdout + r.stderr, /stepz/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('CI runs on push and pull request, cancels superseded runs and runs every gate', async () => {
  const ci = await load('.github/workflows/ci.yaml');
  assert.deepEqual(Object.keys(ci.on).sort(), ['pull_request', 'push']);
  assert.equal(ci.concurrency['cancel-in-progress'], true);
  const [job] = Object.values(ci.jobs);
  const uses = job.steps.map((s) => s.uses).filter(Boolean);
  assert.ok(uses.some((u) => u.startsWith('actions/setup-java@')));
  assert.ok(uses.some((u) => u.startsWith('actions/setup-node@')));
  assert.ok(uses.some((u) => u.startsWith('actions/upload-artifact@')));
  const java = job.steps.find((s) => s.uses?.startsWith('actions/setup-java@')).with;
  assert.equal(java.distribution, 'temurin');
  assert.ok(['21', '25'].includes(String(java['java-version'])));
  assert.equal(java.cache, 'maven');
  assert.equal(job.steps.find((s) => s.uses?.startsWith('actions/setup-node@')).with.cache, 'npm');
  const runs = allRuns(job);
  for (const cmd of ['npm ci', 'scripts/generate-types --check', 'npm run type-check', 'npm run lint',
    './mvnw -B verify', 'npm test', 'scripts/test-e2e', 'scripts/test-ops', 'npm run build']) {
    assert.ok(runs.includes(cmd), `CI does not run ${cmd}`);
  }
  const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@')).with.path;
  assert.match(upload, /functions\/target\/sales-machine-functions\.jar/);
  assert.match(upload, /web\/dist/);
});

test('Deploy runs only after a successful CI run of a push to main, then verifies or rolls back', async () => {
  const deploy = await load('.github/workflows/deploy.yaml');
  assert.deepEqual(deploy.on.workflow_run, { workflows: ['CI'], types: ['completed'], branches: ['main'] });
  const ciName = (await load('.github/workflows/ci.yaml')).name;
  assert.equal(ciName, 'CI', 'workflow_run matches the CI workflow by name');
  const jobs = Object.entries(deploy.jobs);
  assert.deepEqual(jobs.map(([name]) => name), ['staging', 'production']);
  assert.match(deploy.jobs.staging.if, /github\.event\.workflow_run\.conclusion == 'success'/);
  assert.equal(deploy.jobs.production.needs, 'staging');
  for (const [name, job] of jobs) {
    assert.equal(job.env.RAILWAY_TOKEN, '${{ secrets.RAILWAY_TOKEN }}');
    assert.equal(job.env.RAILWAY_ENV, name);
    const runs = allRuns(job);
    assert.match(runs, /npm install -g "@railway\/cli@/);
    assert.match(runs, /railway up --ci --service api --environment "\$RAILWAY_ENV"/);
    assert.match(runs, /scripts\/verify-deployment "\$API_URL" "\$SPA_URL"/);
    const rollback = job.steps.find((s) => s.run?.includes('scripts/rollback'));
    assert.equal(rollback.if, 'failure()');
    assert.match(rollback.run, /scripts\/rollback --method railway --environment "\$RAILWAY_ENV"/);
    assert.match(rollback.run, /exit 1\s*$/, 'the job fails after a rollback');
    assert.equal(job.steps[0].with.ref, '${{ github.event.workflow_run.head_sha }}', 'deploys the commit CI tested');
  }
  assert.equal(deploy.jobs.staging.env.API_URL, 'https://api-staging.sales-machine.com');
  assert.equal(deploy.jobs.production.env.API_URL, 'https://api.sales-machine.com');
  assert.equal(deploy.jobs.production.env.SPA_URL, 'https://app.sales-machine.com');
});
