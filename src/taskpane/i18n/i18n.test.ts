import { describe, expect, it } from 'vitest';
import { en } from './en';
import { localeFromDisplayLanguage, shellMessages, translate } from './index';
import { vi } from './vi';

describe('the task pane dictionaries', () => {
  it('have an English sentence for every Vietnamese key and the reverse', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('never leave a sentence empty in either language', () => {
    for (const dict of [vi, en]) {
      for (const [key, text] of Object.entries(dict)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    const names = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) expect(names(en[key]), key).toEqual(names(vi[key]));
  });

  it('fill placeholders with the given values', () => {
    expect(translate(shellMessages.dictionaries, 'vi', 'nav.stepOf', { n: 2, total: 7 })).toBe('Bước 2/7');
    expect(translate(shellMessages.dictionaries, 'en', 'nav.stepOf', { n: 2, total: 7 })).toBe('Step 2 of 7');
  });
});

describe('choosing the language from Office', () => {
  it('shows English when the display language is English in any region', () => {
    for (const tag of ['en', 'en-US', 'EN-gb', 'en_AU']) expect(localeFromDisplayLanguage(tag), tag).toBe('en');
  });

  it('shows Vietnamese for Vietnamese, every other language, and when Office says nothing', () => {
    for (const tag of ['vi-VN', 'vi', 'fr-FR', 'eng', '', undefined, null]) expect(localeFromDisplayLanguage(tag), String(tag)).toBe('vi');
  });
});
