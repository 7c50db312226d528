import type { MessageMap } from './types';

/** Messages for reports codes. Vietnamese first (users' language), English when Office is in English. */
export const reportsMessages: MessageMap = {
  vi: {},
  en: {},
};
