// The ribbon's function commands (commands.html loads this). It only wires Office to the work: the
// "Xếp hạng và xếp giải" button runs the same rank-and-tier use case as the task pane and the CLI,
// then tells the user the outcome in a small dialog.
import { rankAndTier as rankAndTierUseCase, type RankOutcome } from '../app/rank';
import { localeFromDisplayLanguage, message, type Locale } from '../core/messages';
import { WorkbookError } from '../workbook/errors';
import { createOfficePort, type OfficeRun } from '../workbook/office';

/** The notice page beside commands.html, carrying its sentence in the query string (shown as text only). */
export function noticeUrl(commandsPageUrl: string, locale: Locale, text: string): string {
  const url = new URL('assets/notice.html', commandsPageUrl);
  url.searchParams.set('lang', locale);
  url.searchParams.set('text', text);
  return url.href;
}

/**
 * Shows a sentence to the user from a UI-less command and calls done once the user has read it.
 * Why a dialog: on ExcelApi 1.9 a function command has no dialog-less route. Office's notification
 * messages exist only in Outlook, and Office.addin.showAsTaskpane needs a shared runtime
 * (SharedRuntime 1.1, which this manifest does not declare and older Excel lacks). DialogApi 1.1
 * ships in every Excel with ExcelApi 1.9. The command stays open (event not completed) until the
 * dialog closes, because completing it unloads this page and the dialog with it.
 */
export function showNotice(ui: Pick<Office.UI, 'displayDialogAsync'>, url: string, done: () => void): void {
  // Closing, a failed navigation and an unload can all be reported: finish the command once.
  let finished = false;
  const finish = (): void => {
    if (!finished) {
      finished = true;
      done();
    }
  };
  ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, (result) => {
    if (result.status !== Office.AsyncResultStatus.Succeeded) {
      // A blocked or unsupported dialog must not leave the button spinning.
      finish();
      return;
    }
    result.value.addEventHandler(Office.EventType.DialogEventReceived, finish);
  });
}

/** The outcome as one short paragraph: what was decided and what the council still has to decide. */
export function outcomeText(locale: Locale, outcome: RankOutcome): string {
  const { counts, lists } = outcome.result;
  const t = counts.perTier;
  const informational = new Set(['ranking.flag.incomplete', 'ranking.flag.duplicate', 'ranking.flag.decisionTier', 'ranking.flag.decisionNoPrize', 'ranking.flag.ballotNoVote']);
  const decisions = outcome.result.initiatives.reduce((n, r) => n + (r.flags.some((f) => !informational.has(f.code)) ? 1 : 0), outcome.result.listFlags.length);
  const kept = outcome.kept.map((k) => message(locale, k.reason === 'edited' ? 'app.keptEdited' : 'app.keptForeign', { sheet: k.sheet, keptAs: k.keptAs }));
  const main =
    locale === 'en'
      ? `Ranked ${counts.complete} of ${counts.registered} initiatives (${counts.passed} passed). Prizes: First ${t['Nhất']}, Second ${t['Nhì']}, Third ${t['Ba']}, Encouragement ${t['Khuyến khích']}. Proposed: ${lists.ubnd.length} to the Provincial Committee, ${lists.national.length} to the Confederation, ${lists.media.length} for media. ${decisions} item(s) need the council's decision: open the pane, step Ranking.`
      : `Đã xếp hạng ${counts.complete}/${counts.registered} sáng kiến (${counts.passed} đạt). Giải Nhất ${t['Nhất']}, Nhì ${t['Nhì']}, Ba ${t['Ba']}, Khuyến khích ${t['Khuyến khích']}. Đề nghị UBND tỉnh ${lists.ubnd.length} người, Tổng Liên đoàn ${lists.national.length}, phóng sự ${lists.media.length}. ${decisions} trường hợp cần Hội đồng quyết định: mở ngăn tác vụ, bước Xếp hạng.`;
  return [main, ...kept].join(' ');
}

/** A failure in words a clerk can act on: coded failures (protected sheet, no register…) by their sentence. */
export function failureText(locale: Locale, error: unknown): string {
  const params = (e: object): Readonly<Record<string, string | number>> =>
    'params' in e && typeof e.params === 'object' && e.params !== null ? (e.params as Readonly<Record<string, string | number>>) : {};
  const coded =
    error instanceof WorkbookError
      ? { code: error.code, params: error.params }
      : typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
        ? { code: error.code, params: params(error) }
        : null;
  if (coded) {
    const sentence = message(locale, coded.code, coded.params);
    if (sentence !== coded.code) return sentence;
  }
  return message(locale, 'host.failed', { detail: error instanceof Error ? error.message : String(error) });
}

/** Runs rank-and-tier on the open workbook and returns the sentence to show. Never throws. */
export async function runRankAndTier(run: OfficeRun, locale: Locale): Promise<string> {
  try {
    return outcomeText(locale, await rankAndTierUseCase(createOfficePort(run), { locale }));
  } catch (error) {
    return failureText(locale, error);
  }
}

/** Handler of the "Xếp hạng và xếp giải" ribbon button: rank, then say what happened; done when the notice closes. */
export function rankAndTier(event: Office.AddinCommands.Event): void {
  const locale = localeFromDisplayLanguage(Office.context.displayLanguage);
  void runRankAndTier((batch) => Excel.run(batch), locale).then((text) =>
    showNotice(Office.context.ui, noticeUrl(location.href, locale, text), () => event.completed()),
  );
}

// Older Excel builds have no Office.actions and look the manifest's FunctionName up on the page's global object.
void Office.onReady(() => {
  if (typeof Office.actions?.associate === 'function') Office.actions.associate('rankAndTier', rankAndTier);
});
(globalThis as typeof globalThis & { rankAndTier?: typeof rankAndTier }).rankAndTier = rankAndTier;
