/**
 * The CSL style and locale files in csl/ at the repository root, loaded once into citation-js.
 * The site's files are registered under their own keys (`ca-<id>`) so that they never collide with
 * citation-js's built-in templates of the same name (its `apa` is an older copy).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';

export const styleFiles = {
  apa: 'apa.csl',
  'chicago-author-date': 'chicago-author-date.csl',
  mla: 'modern-language-association.csl',
  harvard: 'harvard-cite-them-right.csl',
  ieee: 'ieee.csl',
  'gost-2008': 'gost-r-7-0-5-2008.csl',
  'gost-2018': 'gost-r-7-0-100-2018.csl',
} as const;

export const localeFiles = {
  'en-US': 'locales-en-US.xml',
  'ru-RU': 'locales-ru-RU.xml',
  'kk-KZ': 'locales-kk-KZ.xml',
  'uz-Latn-UZ': 'locales-uz-Latn-UZ.xml',
} as const;

type StyleKey = keyof typeof styleFiles;
type LocaleKey = keyof typeof localeFiles;

interface Register {
  add(name: string, value: string): void;
  has(name: string): boolean;
}

let root: string | undefined;

/**
 * The directory that holds csl/. Walking up from this module (instead of a fixed relative path)
 * keeps it working when Vite bundles the module into dist/ chunks during `astro build`, where the
 * module's own location is no longer src/lib/citation/.
 */
export function cslRoot(): string {
  if (root) return root;
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'csl', 'styles'))) return (root = join(dir, 'csl'));
    if (dirname(dir) === dir) break;
  }
  throw new Error(`csl/styles not found in any parent directory of ${start}; the CSL files live in csl/ at the repository root`);
}

function readCslFile(path: string): string {
  if (!existsSync(path)) throw new Error(`CSL file missing: ${path}`);
  return readFileSync(path, 'utf8');
}

function cslConfig(): { styles: Register; locales: Register } {
  return plugins.config.get('@csl') as { styles: Register; locales: Register };
}

const loadedStyles = new Set<string>();
const loadedLocales = new Set<string>();

export function isStyleKey(id: string): id is StyleKey {
  return Object.prototype.hasOwnProperty.call(styleFiles, id);
}

export function isLocaleKey(id: string): id is LocaleKey {
  return Object.prototype.hasOwnProperty.call(localeFiles, id);
}

function citeprocSpelling(tag: string): string {
  const [lang = '', second, ...rest] = tag.split('-');
  return [lang.toLowerCase(), ...(second ? [second.toUpperCase()] : []), ...rest].join('-');
}

/** Registers the style with citation-js (once) and returns the template name to format with. */
export function ensureStyle(id: string): string {
  if (!isStyleKey(id))
    throw new Error(`Unknown citation style "${id}"; expected one of ${Object.keys(styleFiles).join(', ')} (files in csl/styles/)`);
  const key = `ca-${id}`;
  if (!loadedStyles.has(key)) {
    cslConfig().styles.add(key, readCslFile(join(cslRoot(), 'styles', styleFiles[id])));
    loadedStyles.add(key);
  }
  return key;
}

/**
 * Registers the locale (once). citeproc asks for locales by their tag, so the key is the tag
 * itself; registering en-US replaces citation-js's bundled copy with the one in csl/locales.
 * en-US is always registered too, because citeproc falls back to it for any tag it does not
 * know (kk, uz) before applying the requested locale on top.
 */
export function ensureLocale(id: string): string {
  if (!isLocaleKey(id))
    throw new Error(`Unknown CSL locale "${id}"; expected one of ${Object.keys(localeFiles).join(', ')} (files in csl/locales/)`);
  for (const tag of id === 'en-US' ? ['en-US'] : ['en-US', id]) {
    if (loadedLocales.has(tag)) continue;
    const xml = readCslFile(join(cslRoot(), 'locales', localeFiles[tag as LocaleKey]));
    // citeproc-js upper-cases the second subtag before asking for a locale (uz-Latn-UZ becomes
    // uz-LATN-UZ), so a three-part tag is registered under that spelling as well.
    for (const key of new Set([tag, citeprocSpelling(tag)])) cslConfig().locales.add(key, xml);
    loadedLocales.add(tag);
  }
  return id;
}
