// scripts/rollback: dry runs change nothing; git mode really reverts and pushes (throwaway repos);
// railway mode picks the previous successful deployment and calls deploymentRollback (fake CLI + fake API).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtemp, writeFile, readFile, rm, chmod, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../lib/procs.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const script = path.join(repo, 'scripts', 'rollback');
const temps = [];
const tempDir = async () => { const d = await mkdtemp(path.join(tmpdir(), 'sm-rollback-')); temps.push(d); return d; };
after(async () => { for (const d of temps) await rm(d, { recursive: true, force: true }); });

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Ops Test', GIT_AUTHOR_EMAIL: 'ops@test.invalid',
  GIT_COMMITTER_NAME: 'Ops Test', GIT_COMMITTER_EMAIL: 'ops@test.invalid',
  GIT_CONFIG_NOSYSTEM: '1', HOME: tmpdir(),
};
const git = async (cwd, ...args) => {
  const r = await run('git', args, { cwd, env: gitEnv });
  assert.equal(r.code, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};

async function repoWithBadCommit() {
  const dir = await tempDir();
  const origin = path.join(dir, 'origin.git');
  const work = path.join(dir, 'work');
  await git(dir, 'init', '-q', '--bare', '-b', 'main', origin);
  await git(dir, 'clone', '-q', origin, work);
  await git(work, 'checkout', '-q', '-b', 'main');
  await writeFile(path.join(work, 'app.txt'), 'good\n');
  await git(work, 'add', '.');
  await git(work, 'commit', '-q', '-m', 'good');
  await writeFile(path.join(work, 'app.txt'), 'bad\n');
  await git(work, 'commit', '-q', '-am', 'bad');
  await git(work, 'push', '-q', 'origin', 'main');
  return { origin, work, bad: await git(work, 'rev-parse', 'HEAD') };
}

test('git dry run prints the revert and the push and changes nothing', async () => {
  const { origin, work, bad } = await repoWithBadCommit();
  const r = await run('bash', [script, '--method', 'git', '--commit', bad, '--dry-run'], { cwd: work, env: gitEnv });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, `+ git revert --no-edit ${bad}\n+ git push origin HEAD:main\nrollback: dry run, nothing was changed\n`);
  assert.equal(await git(work, 'rev-parse', 'HEAD'), bad);
  assert.equal(await git(origin, 'rev-parse', 'main'), bad);
});

test('git mode reverts the bad commit and pushes it to main', async () => {
  const { origin, work, bad } = await repoWithBadCommit();
  const r = await run('bash', [script, '--method', 'git', '--commit', bad], { cwd: work, env: gitEnv });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const head = await git(origin, 'rev-parse', 'main');
  assert.notEqual(head, bad);
  assert.equal(await git(origin, 'rev-parse', 'main^'), bad, 'the revert is a new commit on top, history is kept');
  assert.match(await git(origin, 'log', '-1', '--format=%s', 'main'), /^Revert "bad"$/);
  assert.equal(await git(origin, 'show', 'main:app.txt'), 'good');
  assert.match(r.stdout, /^rollback: done in \d+ s$/m);
});

test('git mode refuses a commit that is not in the checkout', async () => {
  const { work } = await repoWithBadCommit();
  const r = await run('bash', [script, '--method', 'git', '--commit', 'deadbeefdeadbeef'], { cwd: work, env: gitEnv });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /not in this checkout/);
});

test('railway dry run prints the list, the rollback call and the verification without a token', async () => {
  const env = { ...process.env, RAILWAY_TOKEN: '' };
  const r = await run('bash', [script, '--method', 'railway', '--environment', 'production', '--dry-run',
    '--api-url', 'https://api.sales-machine.com', '--spa-url', 'https://app.sales-machine.com'], { env });
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines[0], '+ railway deployment list --service api --environment production --json --limit 20');
  assert.match(lines[2], /^\+ curl .* -X POST https:\/\/backboard\.railway\.com\/graphql\/v2 .*-H "Project-Access-Token: \$RAILWAY_TOKEN" .*deploymentRollback\(id: \$id\).*<previous-successful-deployment-id>/);
  assert.equal(lines[3], '+ VERIFY_ATTEMPTS=18 VERIFY_INTERVAL=10 scripts/verify-deployment https://api.sales-machine.com https://app.sales-machine.com');
  assert.equal(lines.at(-1), 'rollback: dry run, nothing was changed');
});

test('railway mode rolls back to the previous successful deployment through the API', async () => {
  const dir = await tempDir();
  const bin = path.join(dir, 'bin');
  await mkdir(bin);
  // Newest first, as `railway deployment list --json` prints it.
  const deployments = [
    { id: 'dep-4-building', status: 'BUILDING' },
    { id: 'dep-3-live-bad', status: 'SUCCESS' },
    { id: 'dep-2-failed', status: 'FAILED' },
    { id: 'dep-1-previous', status: 'REMOVED' },
    { id: 'dep-0-old', status: 'REMOVED' },
  ];
  await writeFile(path.join(dir, 'list.json'), JSON.stringify(deployments));
  await writeFile(path.join(bin, 'railway'), `#!/bin/sh\necho "$@" >> "${dir}/railway-args"\ncat "${dir}/list.json"\n`);
  await chmod(path.join(bin, 'railway'), 0o755);

  const calls = [];
  const api = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d)).on('end', () => {
      calls.push({ token: req.headers['project-access-token'], body: JSON.parse(body) });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { deploymentRollback: { id: 'dep-1-previous', status: 'DEPLOYING' } } }));
    });
  });
  await new Promise((r) => api.listen(0, '127.0.0.1', r));
  try {
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, RAILWAY_TOKEN: 'project-token-123',
      RAILWAY_GRAPHQL_URL: `http://127.0.0.1:${api.address().port}/graphql/v2` };
    const r = await run('bash', [script, '--method', 'railway', '--environment', 'staging'], { env });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(calls.length, 1);
    assert.equal(calls[0].token, 'project-token-123');
    assert.deepEqual(calls[0].body.variables, { id: 'dep-1-previous' });
    assert.match(calls[0].body.query, /deploymentRollback\(id: \$id\)/);
    assert.match(await readFile(path.join(dir, 'railway-args'), 'utf8'), /^deployment list --service api --environment staging --json --limit 20$/m);
    assert.doesNotMatch(r.stdout + r.stderr, /project-token-123/, 'the token is never printed');
  } finally {
    await new Promise((r) => api.close(r));
  }
});

test('railway mode without a token stops before doing anything', async () => {
  const r = await run('bash', [script, '--method', 'railway'], { env: { ...process.env, RAILWAY_TOKEN: '' } });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /RAILWAY_TOKEN is not set/);
});
