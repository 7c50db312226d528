// What a command touches outside itself, passed in so tests can run commands in-process.
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export function nodeIo(): CliIo {
  // `sangkien rank --json | head` closes the pipe early: that is the reader's choice, not a failure.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  return {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    env: process.env,
    cwd: process.cwd(),
  };
}

/** English when the environment's language is English, else Vietnamese (the users' language). */
export function cliLocale(env: Readonly<Record<string, string | undefined>>): 'vi' | 'en' {
  const lang = env.SANGKIEN_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return lang.toLowerCase().startsWith('en') ? 'en' : 'vi';
}
