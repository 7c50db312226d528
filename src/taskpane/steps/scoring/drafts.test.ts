import { describe, expect, it } from 'vitest';
import { draftKey, dropDraft, keepDraft, readDraft, type DraftStorage } from './drafts';

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe('drafts kept when a save fails', () => {
  it('gives back a kept draft for the same workbook, reviewer and initiative only', () => {
    const s = memoryStorage();
    const draft = { scores: { TM: '7,5', KT: '' }, comment: 'Tốt', conflict: false };
    expect(keepDraft(s, draftKey('wb1', 'TV01', 'SK-0001'), draft)).toBe(true);
    expect(readDraft(s, draftKey('wb1', 'TV01', 'SK-0001'))).toEqual(draft);
    expect(readDraft(s, draftKey('wb1', 'TV02', 'SK-0001'))).toBeNull();
    expect(readDraft(s, draftKey('wb2', 'TV01', 'SK-0001'))).toBeNull();
  });

  it('forgets a draft once dropped', () => {
    const s = memoryStorage();
    const key = draftKey('wb', 'TV01', 'SK-1');
    keepDraft(s, key, { scores: {}, comment: '', conflict: true });
    dropDraft(s, key);
    expect(readDraft(s, key)).toBeNull();
  });

  it('reads garbage or a refusing storage as no draft, without throwing', () => {
    const s = memoryStorage();
    s.map.set('k', '{not json');
    expect(readDraft(s, 'k')).toBeNull();
    s.map.set('k', JSON.stringify({ scores: { TM: 7 }, comment: '', conflict: false }));
    expect(readDraft(s, 'k')).toBeNull();
    const refusing: DraftStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(readDraft(refusing, 'k')).toBeNull();
    expect(keepDraft(refusing, 'k', { scores: {}, comment: '', conflict: false })).toBe(false);
    expect(readDraft(null, 'k')).toBeNull();
  });
});
