import { describe, it, expect } from 'vitest';
import { buildSourceTokens, locatePrinted, type SourceInput } from '../../../src/lib/check/source-text.ts';
import { tokenize } from '../../../src/lib/check/tokenize.ts';

const input = (lines: string[], over: Partial<SourceInput> = {}): SourceInput => ({
  lines,
  range: [1, lines.length],
  omit: [],
  runningHeaders: [],
  dropRunningHeaders: true,
  printed: [],
  ...over,
});
const read = (r: ReturnType<typeof buildSourceTokens>) => r.tokens.map((t) => `${t.line}:${t.text}`);

describe('buildSourceTokens', () => {
  it('keeps only the range, with source line numbers', () => {
    const r = buildSourceTokens(input(['before', 'One two.', '', 'Three', 'after'], { range: [2, 4] }));
    expect(read(r)).toEqual(['2:One', '2:two', '2:.', '4:Three']);
    expect([...r.perLine]).toEqual([[2, 3], [4, 1]]);
  });

  it('drops omitted lines, and only the omitted text on lines with an omit text', () => {
    const r = buildSourceTokens(
      input(['Journal box', 'Abstract: The article.'], {
        omit: [
          { lines: [1, 1], reason: 'front matter' },
          { lines: [2, 2], text: 'Abstract:', reason: 'run-in label' },
        ],
      }),
    );
    expect(read(r)).toEqual(['2:The', '2:article', '2:.']);
    expect(r.omitTextNotFound).toEqual([]);
  });

  it('finds an omit text by its tokens when the spacing differs, and reports one found nowhere', () => {
    const r = buildSourceTokens(
      input(['**Abstract:**  Text', 'More'], {
        omit: [
          { lines: [1, 1], text: 'Abstract :', reason: 'label' },
          { lines: [2, 2], text: 'Summary:', reason: 'label' },
        ],
      }),
    );
    expect(read(r)).toEqual(['1:Text', '2:More']);
    expect(r.omitTextNotFound).toEqual([1]);
  });

  it('drops running-header lines only when the rule is listed, and reports unused header entries', () => {
    const lines = ['and the', 'Test Journal of Studies', 'exchange'];
    const headers = ['Test Journal of Studies', 'Another Header'];
    const kept = buildSourceTokens(input(lines, { runningHeaders: headers, dropRunningHeaders: false }));
    expect(read(kept)).toContain('2:Journal');
    const dropped = buildSourceTokens(input(lines, { runningHeaders: headers }));
    expect(read(dropped)).toEqual(['1:and', '1:the', '3:exchange']);
    expect(dropped.headerLines).toEqual(new Set([2]));
    expect(dropped.headersUnused).toEqual([1]);
  });

  it('drops printed references with their list numbering, leaving other text on the line', () => {
    const r = buildSourceTokens(
      input(['- 13 Vanderhill R. *Between the bear and the dragon*. 2020.', '2. Doe J. Neighbours. 2020. Trailing words'], {
        printed: [
          { id: 'vanderhill-2020', line: 1, text: 'Vanderhill R. Between the bear and the dragon. 2020.' },
          { id: 'doe-2020', line: 2, text: '2. Doe J. Neighbours. 2020.' },
        ],
      }),
    );
    expect(read(r)).toEqual(['2:Trailing', '2:words']);
  });
});

describe('locatePrinted', () => {
  it('matches by tokens, with or without the printed number', () => {
    const line = tokenize('Cabinet of Ministers. January 10, 2019.');
    expect(locatePrinted(line, '[1]. Cabinet of Ministers. January 10, 2019.')).toEqual({ start: 0, length: 9 });
    expect(locatePrinted(line, 'Cabinet of Ministers, January 10, 2019.')).toBeUndefined();
  });
});
