import { describe, expect, it } from 'vitest';
import { checkRule, parseRule } from '../../lib/listing';

describe('listing rules as data', () => {
  it('keeps the known fields', () => {
    expect(parseRule('{"item":"div.news > article","title":"h2","date":"time","dateFormat":"iso","extra":1}')).toEqual({
      ok: true,
      rule: { item: 'div.news > article', title: 'h2', date: 'time', dateFormat: 'iso' },
    });
  });

  it.each([
    ['not JSON', '{item:'],
    ['no item', '{"title":"h2"}'],
    ['an invalid selector', '{"item":"div >> ["}'],
    ['a long selector', JSON.stringify({ item: 'div '.repeat(200) })],
    ['an unknown date format', '{"item":"li","dateFormat":"us"}'],
    ['a date attribute that is no name', '{"item":"li","dateAttr":"a b"}'],
    ['an array', '[]'],
  ])('refuses %s', (_name, text) => {
    const r = parseRule(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^rule: /);
  });

  it('a JSON-LD rule needs no item selector', () => {
    expect(checkRule({ structured: 'json-ld' })).toMatchObject({ ok: true, rule: { structured: 'json-ld' } });
  });
});
