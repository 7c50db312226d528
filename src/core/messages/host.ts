import type { MessageMap } from './types';

/** Messages for host codes. Vietnamese first (users' language), English when Office is in English. */
export const hostMessages: MessageMap = {
  vi: {},
  en: {},
};
