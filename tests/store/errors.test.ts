import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { isQuotaError } from '../../lib/store/errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaError', () => {
  it.each([
    ['G08 a DOMException QuotaExceededError', quota(), true],
    ['G08 Dexie AbortError with inner QuotaExceededError', new Dexie.AbortError('Transaction aborted', quota()), true],
    ['G08 Dexie QuotaExceededError', new Dexie.QuotaExceededError('voll'), true],
    ['G08 a BulkError with a quota failure', new Dexie.BulkError('bulkPut failed', [new Error('x'), quota()]), true],
    ['G08 an Error with a quota cause', new Error('store: commit failed', { cause: quota() }), true],
    ['G08 Firefox NS_ERROR_DOM_QUOTA_REACHED', { name: 'NS_ERROR_DOM_QUOTA_REACHED' }, true],
    ['an AbortError without inner', new Dexie.AbortError('Transaction aborted'), false],
    ['an AbortError with a ConstraintError inner', new Dexie.AbortError('aborted', new DOMException('dup', 'ConstraintError')), false],
    ['a TypeError', new TypeError('x is undefined'), false],
    ['a string', 'QuotaExceededError', false],
    ['null', null, false],
    ['undefined', undefined, false],
  ])('%s → %s', (_name, e, expected) => {
    expect(isQuotaError(e)).toBe(expected);
  });

  it('does not loop on a cyclic cause', () => {
    const a: { name: string; cause?: unknown } = { name: 'Error' };
    a.cause = a;
    expect(isQuotaError(a)).toBe(false);
  });
});
