import { describe, expect, it } from 'vitest';
import { germanErrorText } from '../lib/cli/error-text';
import { ERROR_CODES, ERROR_PARAMS, errorMessageKey, errorSubs, fetchErrorInfo, storeErrorInfo, type ErrorInfo } from '../lib/errors';
import { catalogTranslate, formatMessage } from '../lib/ui/i18n';
import { sourceErrorText, storageErrorText } from '../lib/ui/error-text';
import { readCatalog } from './components/dom';

const de = readCatalog('de');
const en = readCatalog('en');
const sample = (code: ErrorInfo['code']): ErrorInfo => ({
  code,
  params: Object.fromEntries(ERROR_PARAMS[code].map((name, i) => [name, `«${name}${i}»`])),
});

describe('errors as codes', () => {
  it('every code has a sentence in German and English, with one placeholder per parameter', () => {
    for (const code of ERROR_CODES) {
      const key = errorMessageKey(code);
      for (const catalog of [de, en]) {
        const entry = catalog[key];
        expect(entry?.message, key).toBeTruthy();
        const text = formatMessage(entry!, errorSubs(sample(code)));
        for (const [i, name] of ERROR_PARAMS[code].entries()) expect(text, key).toContain(`«${name}${i}»`);
        expect(text, key).not.toMatch(/\$/);
      }
    }
  });

  it("the command line's German table says what the extension's German catalogue says", () => {
    for (const code of ERROR_CODES) {
      const e = sample(code);
      expect(germanErrorText(e), code).toBe(formatMessage(de[errorMessageKey(code)]!, errorSubs(e)));
    }
  });

  it('a full disk is recognised by the error, whatever its message says (G08)', () => {
    const quota = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    expect(storeErrorInfo(quota)).toEqual({ code: 'store.quota' });
    expect(storeErrorInfo(new Error('quota exceeded, says the text')).code).toBe('store.failed');
  });

  it('a fetch error becomes its code with its parameters', () => {
    expect(fetchErrorInfo({ code: 'http', params: { status: 404, line: 'HTTP 404 Not Found' } })).toEqual({
      code: 'fetch.http', params: { status: 404, line: 'HTTP 404 Not Found' },
    });
  });

  it('the UI shows the German sentence of a stored code, and the old line for data stored before codes', () => {
    const t = catalogTranslate(de);
    expect(sourceErrorText(t, { error: { code: 'fetch.http', params: { line: 'HTTP 404 Not Found' } }, lastError: 'fetch: HTTP 404 Not Found' }))
      .toBe('Der Server antwortet mit einem Fehler (HTTP 404 Not Found)');
    expect(sourceErrorText(t, { lastError: 'fetch: HTTP 500' })).toBe('fetch: HTTP 500');
    expect(sourceErrorText(t, { lastError: '' })).toBe('');
    expect(storageErrorText(t, 'store.quota')).toBe('Der Speicher ist voll: ältere gelesene Meldungen wurden entfernt.');
    expect(storageErrorText(t, 'Eine alte Meldung')).toBe('Eine alte Meldung');
  });
});
