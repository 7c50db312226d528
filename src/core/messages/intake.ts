import type { MessageMap } from './types';

/** Messages for intake codes. Vietnamese first (users' language), English when Office is in English. */
export const intakeMessages: MessageMap = {
  vi: {},
  en: {},
};
