/** Every built page is valid HTML (html-validate, recommended rules plus document rules). */
import { describe, it, expect } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { builtPages } from './pages.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Typography of the editions is the authors'; quotes and dashes are content, not markup errors.
    'no-raw-characters': 'off',
    // Long DOIs and URLs are printed as their own link text on purpose.
    'long-title': 'off',
    // Every asset is served by the site itself; SRI guards third-party hosts, of which there are none.
    'require-sri': 'off',
  },
});

const pages = builtPages();

describe('HTML validity', () => {
  it('finds the built site', () => {
    expect(pages.length).toBeGreaterThan(10);
  });
  it.each(pages.map((p) => [p.path, p] as const))('%s has no errors', async (_path, page) => {
    const report = await validator.validateFile(page.file);
    const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
    expect(errors).toEqual([]);
  });
});
