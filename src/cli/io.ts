// What a command touches outside itself, passed in so tests can run commands in-process.
import { message } from '../core/messages';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** English when the environment's language is English, else Vietnamese (the users' language). */
export function cliLocale(env: Readonly<Record<string, string | undefined>>): 'vi' | 'en' {
  // An empty variable counts as unset, as POSIX locale lookup does.
  const lang = [env.SANGKIEN_LANG, env.LC_ALL, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return lang.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

export function nodeIo(): CliIo {
  const locale = cliLocale(process.env);
  let stdoutOpen = true;
  // `sangkien rank --json | head` closes the pipe early: that is the reader's choice, not a failure,
  // and the command still finishes writing its workbook. Any other failure (a full disk under
  // `> out.json`) is said in words and makes the exit code non-zero; nothing more goes there.
  const onError = (e: NodeJS.ErrnoException): void => {
    if (!stdoutOpen) return;
    stdoutOpen = false;
    if (e.code === 'EPIPE') return;
    process.exitCode = 1;
    try {
      process.stderr.write(`${message(locale, 'file.stdoutFailed', { detail: e.code ?? e.message })}\n`);
    } catch {
      // stderr is gone too: the exit code is all that is left.
    }
  };
  process.stdout.on('error', onError);
  process.stderr.on('error', () => undefined);
  const write = (text: string): void => {
    if (!stdoutOpen) return;
    try {
      process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    } catch (e) {
      // A file on a full disk fails synchronously.
      onError(e as NodeJS.ErrnoException);
    }
  };
  return {
    out: write,
    err: (t) => {
      try {
        process.stderr.write(t.endsWith('\n') ? t : `${t}\n`);
      } catch {
        // nowhere left to say it
      }
    },
    env: process.env,
    cwd: process.cwd(),
  };
}
