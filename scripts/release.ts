/**
 * `npm run release`: checks the CHANGELOG, builds both browsers, lints the Firefox build, runs the
 * manifest and locale checks, and writes the two store packages and the source package AMO asks
 * for into `release/`, printing each size and the runtime packages shipped. Any failure stops it
 * with a message and exit code 1.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkChangelog } from './release/changelog.ts';
import { formatPackages, runtimePackages } from './release/runtime-packages.ts';
import { REQUIRED_SOURCE_FILES, sourceFiles } from './release/source-files.ts';
import { zip } from './release/zip.ts';

const root = join(import.meta.dirname, '..');
const out = join(root, 'release');

class ReleaseError extends Error {}

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function run(step: string, command: string, args: string[]): void {
  console.log(`\n▶ ${step}: ${command} ${args.join(' ')}`);
  try {
    execFileSync(command, args, { cwd: root, stdio: 'inherit' });
  } catch {
    throw new ReleaseError(`${step} failed (${command} ${args.join(' ')})`);
  }
}

function versionOf(): string {
  const version = (readJson('package.json') as { version?: unknown }).version;
  if (typeof version !== 'string') throw new ReleaseError('package.json has no version');
  return version;
}

function checkChangelogFile(version: string): void {
  const path = join(root, 'CHANGELOG.md');
  if (!existsSync(path)) throw new ReleaseError('CHANGELOG.md is missing');
  const check = checkChangelog(readFileSync(path, 'utf8'), version);
  if (!check.ok) throw new ReleaseError(`${check.reason}: add one before releasing ${version}`);
  console.log(`CHANGELOG.md: ${version} dated ${check.date}`);
}

/** The version package.json gives must be the one each built manifest carries. */
function checkBuiltVersions(version: string): void {
  for (const browser of ['chrome', 'firefox']) {
    const built = (readJson(`dist/${browser}/manifest.json`) as { version?: unknown }).version;
    if (built !== version)
      throw new ReleaseError(`dist/${browser}/manifest.json has version ${String(built)}, package.json ${version}`);
  }
  console.log(`\nBoth built manifests carry version ${version}.`);
}

function storePackages(version: string): string[] {
  return ['chrome', 'firefox'].map((browser) => {
    const built = join(root, 'dist', `finlens-${browser}-${version}.zip`);
    if (!existsSync(built)) throw new ReleaseError(`${built} was not written by the build`);
    const target = join(out, `finlens-${version}-${browser}.zip`);
    copyFileSync(built, target);
    return target;
  });
}

function sourcePackage(version: string): string {
  // Tracked files and new ones not ignored: what .gitignore calls generated never comes in.
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((p) => p !== '' && existsSync(join(root, p)) && statSync(join(root, p)).isFile());
  const files = sourceFiles(listed);
  const missing = REQUIRED_SOURCE_FILES.filter((f) => !files.includes(f));
  if (missing.length > 0) throw new ReleaseError(`the source package would lack ${missing.join(', ')}`);
  const target = join(out, `finlens-${version}-source.zip`);
  writeFileSync(target, zip(files.map((name) => ({ name, data: readFileSync(join(root, name)) }))));
  console.log(`Source package: ${files.length} files.`);
  return target;
}

/** A linked node_modules puts its target's path in the bundle's module comments (and so its chunk names). */
function warnLinkedModules(): void {
  const modules = join(root, 'node_modules');
  if (existsSync(modules) && lstatSync(modules).isSymbolicLink())
    console.warn(
      'warning: node_modules is a symbolic link: the bundle names modules by the path it points to, so a rebuild after `npm ci` (BUILD.md) will differ in those comments and in chunk names. Release from a checkout with its own node_modules.',
    );
}

function main(): void {
  const version = versionOf();
  console.log(`FinLens release ${version}`);
  checkChangelogFile(version);
  warnLinkedModules();
  run('build', 'npm', ['run', 'build']);
  run('Firefox lint (0 errors, 0 warnings)', 'npm', ['run', 'lint:firefox']);
  run('manifest and locale checks', 'npx', [
    'vitest',
    'run',
    '--project',
    'unit',
    'extension/manifest.test.ts',
    'extension/locales.test.ts',
  ]);
  checkBuiltVersions(version);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const written = [...storePackages(version), sourcePackage(version)];
  console.log('\nWritten:');
  for (const file of written) console.log(`  ${file.slice(root.length + 1)}  ${kb(statSync(file).size)}`);
  console.log('\nRuntime packages shipped (package.json dependencies, as package-lock.json resolved them):');
  for (const line of formatPackages(runtimePackages(readJson('package.json'), readJson('package-lock.json'))))
    console.log(line);
}

try {
  main();
} catch (error) {
  console.error(`\nrelease: ${error instanceof ReleaseError ? error.message : String(error)}`);
  process.exit(1);
}
