import { describe, expect, it } from 'vitest';
import { CareErrorCodeSchema, IssueCodeSchema } from '../../src/core/care-error.js';
import { describeErrorCode, describeIssue, messageKeys, translate } from '../../src/core/i18n.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the message catalogue', () => {
  it('has the same parameters in zh-CN and en for every key, and no empty text', () => {
    for (const key of messageKeys()) {
      const en = translate('en', key, {} as never);
      const zh = translate('zh-CN', key, {} as never);
      expect(en.length, key).toBeGreaterThan(0);
      expect(zh.length, key).toBeGreaterThan(0);
      expect(placeholders(zh), key).toEqual(placeholders(en));
    }
  });

  it('describes every issue code and error code in both languages', () => {
    for (const code of IssueCodeSchema.options) {
      expect(describeIssue({ path: ['a', 0], code, message: '' }, 'en')).toContain('a[0]');
      expect(describeIssue({ path: ['a', 0], code, message: '' }, 'zh-CN')).toContain('a[0]');
    }
    for (const code of CareErrorCodeSchema.options) {
      expect(describeErrorCode(code, 'zh-CN')).not.toBe(describeErrorCode(code, 'en'));
    }
  });

  it('fills parameters', () => {
    expect(translate('zh-CN', 'issue.required', { path: 'birthDate' })).toBe('birthDate 为必填项');
    expect(describeIssue({ path: [], code: 'required', message: '' }, 'zh-CN')).toBe('记录 为必填项');
  });

  it('makes an unknown key or a missing parameter a type error, and stays total at run time', () => {
    // @ts-expect-error: not a catalogue key (tsc fails if this stops being an error)
    expect(translate('en', 'no.such.key', {})).toBe('no.such.key');
    // @ts-expect-error: the {path} parameter is missing
    expect(translate('en', 'issue.required', {})).toBe('{path} is required');
  });
});
