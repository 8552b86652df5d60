import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { validateRailwayConfig } from '../lib/railway-schema.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const load = async (rel) => JSON.parse(await readFile(path.join(repo, rel), 'utf8'));

for (const file of ['railway.json', 'web/railway.json']) {
  test(`${file} is well-formed JSON using only keys and value types Railway documents`, async () => {
    const config = await load(file);
    assert.deepEqual(validateRailwayConfig(config), []);
  });

  test(`${file} health-checks /health and restarts only on failure`, async () => {
    const { deploy } = await load(file);
    assert.equal(deploy.healthcheckPath, '/health');
    assert.equal(typeof deploy.healthcheckTimeout, 'number');
    assert.equal(deploy.restartPolicyType, 'ON_FAILURE');
    assert.equal(typeof deploy.restartPolicyMaxRetries, 'number');
  });
}

test('the API drains for 30 s, overlaps deployments and runs migrations once in pre-deploy', async () => {
  const { deploy } = await load('railway.json');
  assert.equal(deploy.drainingSeconds, 30);
  assert.equal(typeof deploy.overlapSeconds, 'number');
  assert.equal(typeof deploy.numReplicas, 'number');
  assert.equal(deploy.preDeployCommand.length, 1);
  assert.match(deploy.preDeployCommand[0], /^java .*-jar sales-machine-functions\.jar --migrate$/);
  assert.doesNotMatch(deploy.startCommand, /--migrate/, 'instances must not migrate on start');
});

const dockerCmd = (dockerfile) => {
  const line = dockerfile.split('\n').filter((l) => l.startsWith('CMD ')).at(-1);
  return JSON.parse(line.slice(4)).join(' ');
};

test('the API is built by the Dockerfile, whose CMD is exactly the start command', async () => {
  const { build, deploy } = await load('railway.json');
  assert.equal(build.builder, 'DOCKERFILE');
  const dockerfile = await readFile(path.join(repo, build.dockerfilePath), 'utf8');
  assert.equal(dockerCmd(dockerfile), deploy.startCommand);
  assert.match(dockerfile, /^FROM eclipse-temurin:25-jdk AS build$/m);
  assert.match(dockerfile, /^FROM eclipse-temurin:25-jre$/m);
  assert.match(dockerfile, /^RUN scripts\/package-release \S+ \/app/m, 'the AOT cache is trained on the runtime image');
  for (const copied of ['scripts/package-release', 'scripts/lib.sh', 'railway.json']) {
    assert.ok(dockerfile.includes(copied), `the runtime stage needs ${copied}`);
    assert.ok(build.watchPatterns.includes(copied), `a change to ${copied} must rebuild`);
  }
});

test('the start command uses the AOT cache and Spring AOT, and bounds every memory pool', async () => {
  const { deploy } = await load('railway.json');
  const flags = deploy.startCommand.split(' ');
  assert.equal(flags[0], 'java');
  assert.deepEqual(flags.slice(-2), ['-jar', 'sales-machine-functions.jar']);
  for (const flag of ['-XX:AOTCache=app.aot', '-Dspring.aot.enabled=true', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1',
    '-Xss512k', '-XX:+ExitOnOutOfMemoryError']) {
    assert.ok(flags.includes(flag), `missing ${flag}`);
  }
  for (const bound of ['-Xms', '-Xmx', '-XX:MaxMetaspaceSize=', '-XX:ReservedCodeCacheSize=', '-XX:MaxDirectMemorySize=']) {
    assert.ok(flags.some((f) => f.startsWith(bound)), `missing ${bound}`);
  }
});

test('staging and production override only what differs, within the seed range of 1-5 replicas', async () => {
  const { environments, deploy } = await load('railway.json');
  assert.deepEqual(Object.keys(environments).sort(), ['production', 'staging']);
  for (const name of ['staging', 'production']) {
    const replicas = environments[name].deploy?.numReplicas ?? deploy.numReplicas;
    assert.ok(replicas >= 1 && replicas <= 5, `${name} replicas ${replicas}`);
  }
});

test('the SPA service lets Railpack serve the Vite build with the committed Caddyfile', async () => {
  const { build, deploy } = await load('web/railway.json');
  assert.equal(build.builder, 'RAILPACK');
  assert.equal(deploy.startCommand, undefined, 'a custom start command turns off Railpack SPA mode (Caddy)');
  await readFile(path.join(repo, 'web/Caddyfile'), 'utf8');
});

test('the validator rejects unknown keys, quoted numbers and unknown enum values', () => {
  const errors = validateRailwayConfig({
    $schema: 'https://railway.com/railway.schema.json',
    build: { builder: 'HEROKU', buildComand: 'x' },
    deploy: { drainingSeconds: '30', healthcheckPath: '/health', restartPolicyType: 'SOMETIMES', port: 3000 },
    environments: { production: { deploy: { numReplicas: '2' } }, staging: { variables: {} } },
    services: [],
  });
  const expected = [
    'services: not a top-level key Railway documents',
    'build.builder: "HEROKU" is not one of RAILPACK, DOCKERFILE, NIXPACKS',
    'build.buildComand: not a key Railway documents',
    'deploy.drainingSeconds: expected number, got string',
    'deploy.restartPolicyType: "SOMETIMES" is not one of ON_FAILURE, ALWAYS, NEVER',
    'deploy.port: not a key Railway documents',
    'environments.production.deploy.numReplicas: expected number, got string',
    'environments.staging.variables: only build and deploy can be overridden',
  ];
  assert.deepEqual([...errors].sort(), [...expected].sort());
});

test('scripts read the start command\'s JVM flags exactly as railway.json has them', async () => {
  const { execFileSync } = await import('node:child_process');
  const { deploy } = await load('railway.json');
  const expected = deploy.startCommand.replace(/^java /, '').replace(/ -jar .*$/, '');
  const read = execFileSync('bash', ['-c', 'root="$1"; source "$1/scripts/lib.sh"; start_command_jvm_flags', '_', repo],
    { encoding: 'utf8' }).trim();
  assert.equal(read, expected);
});
