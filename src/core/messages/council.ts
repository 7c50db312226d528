import type { MessageMap } from './types';

/** Messages for council codes. Vietnamese first (users' language), English when Office is in English. */
export const councilMessages: MessageMap = {
  vi: {},
  en: {},
};
