// `sangkien`: the same engine as the add-in, on .xlsx files. Each command reads one workbook,
// never modifies it, and writes its result beside it (or where -o says). Messages follow the
// user's language (LANG starting with "en" → English, else Vietnamese).

import { parseArgs } from 'node:util';
import { COMMANDS, OPTION_HELP, type CommandSpec, type OptionSpec } from './commands';
import { message } from '../core/messages';
import { WorkbookError } from '../workbook/errors';
import { CliError } from './files';
import { cliLocale, type CliIo, nodeIo } from './io';

function usage(locale: 'vi' | 'en'): string {
  const lines = [
    locale === 'en'
      ? 'sangkien — the initiative review council on .xlsx files'
      : 'sangkien — hội đồng xét duyệt sáng kiến trên tệp .xlsx',
    '',
    locale === 'en' ? 'Commands:' : 'Lệnh:',
    ...COMMANDS.map(
      (c) =>
        `  ${c.usage.padEnd(58)} ${c.summary[locale]}${c.run ? '' : locale === 'en' ? ' (not built yet)' : ' (chưa xây dựng)'}`,
    ),
    '',
    locale === 'en'
      ? 'The input workbook is never modified. -o OUT.xlsx by default is the input name with a suffix.'
      : 'Tệp đầu vào không bao giờ bị sửa. -o OUT.xlsx mặc định là tên tệp đầu vào thêm hậu tố.',
  ];
  return lines.join('\n');
}

/** `sangkien COMMAND --help`: its usage, what it does, and each option. */
function commandHelp(command: CommandSpec, locale: 'vi' | 'en'): string {
  const options: Record<string, OptionSpec> = { ...command.options, help: { type: 'boolean', short: 'h' } };
  const lines = Object.entries(options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.type === 'string' ? ' VALUE' : ''}`;
    return `  ${flag.padEnd(20)} ${OPTION_HELP[name]?.[locale] ?? ''}`;
  });
  return [
    `${locale === 'en' ? 'Usage' : 'Cách dùng'}: sangkien ${command.usage}`,
    '',
    command.summary[locale],
    '',
    locale === 'en' ? 'Options:' : 'Tùy chọn:',
    ...lines,
  ].join('\n');
}

/** The clerk's sentence for an error that carries a message code (host failures, use-case refusals). */
function codedMessage(e: unknown, locale: 'vi' | 'en'): string | null {
  if (e instanceof WorkbookError) return message(locale, e.code, e.params);
  if (!(e instanceof Error) || !('code' in e) || typeof e.code !== 'string') return null;
  const params =
    'params' in e && typeof e.params === 'object' && e.params !== null
      ? (e.params as Record<string, string | number>)
      : {};
  const text = message(locale, e.code, params);
  return text === e.code ? null : text;
}

export async function main(argv: readonly string[], io: CliIo = nodeIo()): Promise<number> {
  const locale = cliLocale(io.env);
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage(locale));
    return name ? 0 : 1;
  }
  const command: CommandSpec | undefined = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(
      locale === 'en'
        ? `Unknown command "${name}".\n\n${usage(locale)}`
        : `Không có lệnh "${name}".\n\n${usage(locale)}`,
    );
    return 2;
  }
  if (!command.run) {
    io.err(locale === 'en' ? `"sangkien ${name}" is not built yet.` : `Lệnh "sangkien ${name}" chưa được xây dựng.`);
    return 3;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandHelp(command, locale));
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
  } catch (e) {
    io.err(`${e instanceof Error ? e.message : String(e)}\n${command.usage}`);
    return 2;
  }
  if (command.maxPositionals !== null && parsed.positionals.length > command.maxPositionals) {
    const extra = parsed.positionals.slice(command.maxPositionals).join(' ');
    io.err(
      locale === 'en'
        ? `Too many arguments: "${extra}". Usage: sangkien ${command.usage}`
        : `Thừa tham số: "${extra}". Cách dùng: sangkien ${command.usage}`,
    );
    return 2;
  }
  try {
    return await command.run({ positionals: parsed.positionals, values: parsed.values, io, locale });
  } catch (e) {
    // Refusals are already sentences for the clerk; anything else is named, never a stack trace.
    if (e instanceof CliError) {
      io.err(e.message);
      return e.exitCode;
    }
    io.err(
      codedMessage(e, locale) ??
        message(locale, 'file.unexpected', { detail: e instanceof Error ? e.message : String(e) }),
    );
    return 1;
  }
}
