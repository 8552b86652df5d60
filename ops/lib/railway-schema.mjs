// The keys and value types Railway accepts in railway.json ("config as code").
//
// Sources (looked up for this project):
// - docs.railway.com/config-as-code/reference: builder (RAILPACK | DOCKERFILE | NIXPACKS), watchPatterns,
//   buildCommand, dockerfilePath, railpackVersion, nixpacksConfigPath, nixpacksPlan, nixpacksVersion,
//   startCommand, preDeployCommand (array of commands), multiRegionConfig, healthcheckPath,
//   healthcheckTimeout, restartPolicyType (ON_FAILURE | ALWAYS | NEVER), restartPolicyMaxRetries,
//   cronSchedule, overlapSeconds, drainingSeconds, and `environments.<name>` overrides holding
//   the same build/deploy blocks.
// - numReplicas: Railway's JSON schema (https://railway.com/railway.schema.json) and the
//   multiRegionConfig example of the same page (`{ "<region>": { "numReplicas": 2 } }`).
// - overlapSeconds / drainingSeconds are NUMBERS: the reference page shows them quoted, but Railway's
//   parser rejects strings ("deploy.drainingSeconds: Expected number, received string",
//   railwayapp/docs issue 1243).
// Most fields "can be set to null" per the reference; preDeployCommand "can be omitted".

const str = { type: 'string', nullable: true };
const num = { type: 'number', nullable: true };
const obj = { type: 'object', nullable: true };

export const BUILD_KEYS = {
  builder: { type: 'string', enum: ['RAILPACK', 'DOCKERFILE', 'NIXPACKS'] },
  watchPatterns: { type: 'string[]' },
  buildCommand: str,
  dockerfilePath: str,
  railpackVersion: str,
  nixpacksConfigPath: str,
  nixpacksPlan: obj,
  nixpacksVersion: str,
};

export const DEPLOY_KEYS = {
  startCommand: str,
  preDeployCommand: { type: 'string[]' },
  numReplicas: { type: 'number', integer: true, min: 1 },
  multiRegionConfig: obj,
  healthcheckPath: str,
  healthcheckTimeout: { ...num, integer: true, min: 1 },
  restartPolicyType: { type: 'string', enum: ['ON_FAILURE', 'ALWAYS', 'NEVER'] },
  restartPolicyMaxRetries: { ...num, integer: true, min: 0 },
  cronSchedule: str,
  overlapSeconds: { ...num, integer: true, min: 0 },
  drainingSeconds: { ...num, integer: true, min: 0 },
};

export const TOP_KEYS = ['$schema', 'build', 'deploy', 'environments'];
export const SCHEMA_URL = 'https://railway.com/railway.schema.json';

function typeErrors(path, value, spec) {
  if (value === null) return spec.nullable ? [] : [`${path}: must not be null`];
  const errors = [];
  switch (spec.type) {
    case 'string':
      if (typeof value !== 'string') errors.push(`${path}: expected string, got ${typeof value}`);
      break;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        errors.push(`${path}: expected number, got ${typeof value}`);
      } else {
        if (spec.integer && !Number.isInteger(value)) errors.push(`${path}: expected an integer`);
        if (spec.min !== undefined && value < spec.min) errors.push(`${path}: must be >= ${spec.min}`);
      }
      break;
    case 'object':
      if (typeof value !== 'object' || Array.isArray(value)) errors.push(`${path}: expected object`);
      break;
    case 'string[]':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
        errors.push(`${path}: expected an array of strings`);
      }
      break;
    default:
      errors.push(`${path}: unknown spec type ${spec.type}`);
  }
  if (spec.enum && typeof value === 'string' && !spec.enum.includes(value)) {
    errors.push(`${path}: ${JSON.stringify(value)} is not one of ${spec.enum.join(', ')}`);
  }
  return errors;
}

function blockErrors(path, block, keys) {
  if (block === undefined) return [];
  if (typeof block !== 'object' || block === null || Array.isArray(block)) return [`${path}: expected object`];
  const errors = [];
  for (const [key, value] of Object.entries(block)) {
    const spec = keys[key];
    if (!spec) errors.push(`${path}.${key}: not a key Railway documents`);
    else errors.push(...typeErrors(`${path}.${key}`, value, spec));
  }
  return errors;
}

/** Returns a list of human-readable problems; empty when the config only uses documented keys and types. */
export function validateRailwayConfig(config) {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return ['config: expected a JSON object'];
  const errors = [];
  for (const key of Object.keys(config)) {
    if (!TOP_KEYS.includes(key)) errors.push(`${key}: not a top-level key Railway documents`);
  }
  if ('$schema' in config && config.$schema !== SCHEMA_URL) errors.push(`$schema: expected ${SCHEMA_URL}`);
  errors.push(...blockErrors('build', config.build, BUILD_KEYS));
  errors.push(...blockErrors('deploy', config.deploy, DEPLOY_KEYS));
  if (config.environments !== undefined) {
    if (typeof config.environments !== 'object' || config.environments === null || Array.isArray(config.environments)) {
      errors.push('environments: expected object');
    } else {
      for (const [name, env] of Object.entries(config.environments)) {
        if (typeof env !== 'object' || env === null || Array.isArray(env)) {
          errors.push(`environments.${name}: expected object`);
          continue;
        }
        for (const key of Object.keys(env)) {
          if (!['build', 'deploy'].includes(key)) errors.push(`environments.${name}.${key}: only build and deploy can be overridden`);
        }
        errors.push(...blockErrors(`environments.${name}.build`, env.build, BUILD_KEYS));
        errors.push(...blockErrors(`environments.${name}.deploy`, env.deploy, DEPLOY_KEYS));
      }
    }
  }
  return errors;
}
