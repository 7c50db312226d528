import type { MessageMap } from './types';

/** Messages for ranking codes. Vietnamese first (users' language), English when Office is in English. */
export const rankingMessages: MessageMap = {
  vi: {},
  en: {},
};
