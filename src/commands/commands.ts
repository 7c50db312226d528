// The ribbon's function commands (commands.html loads this). It only wires Office to the work: the
// "Xếp hạng và xếp giải" button's handler is a thin wire the app layer's rankAndTier use case plugs into.
import type { Locale } from '../core/messages';

/** What the ribbon shows while ranking is not built: said plainly rather than doing nothing. */
export const RANKING_NOT_AVAILABLE: Readonly<Record<Locale, string>> = {
  vi: 'Chức năng "Xếp hạng và xếp giải" chưa có trong phiên bản này. Hãy mở "Hội đồng sáng kiến" để nhập danh sách và chấm điểm; khi chức năng này sẵn sàng, nút trên thẻ Trang đầu sẽ xếp hạng và ghi kết quả.',
  en: '"Rank and award prizes" is not available in this version yet. Open "Open initiative council" to import the register and score; once it is ready, this Home-tab button will rank and write the results.',
};

/**
 * Office reports languages as tags such as "vi-VN" or "en-US"; anything not English reads Vietnamese.
 * Same rule as the task pane's localeFromDisplayLanguage, restated here because that module brings
 * React into this small page; it belongs in src/core once someone moves it there.
 */
export function localeOf(displayLanguage: string | undefined): Locale {
  return displayLanguage !== undefined && /^en(?:[-_]|$)/i.test(displayLanguage.trim()) ? 'en' : 'vi';
}

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

/** Handler of the "Xếp hạng và xếp giải" ribbon button. */
export function rankAndTier(event: Office.AddinCommands.Event): void {
  // Until the ranking use case lands, say so; the lead replaces this body with the app layer's call.
  const locale = localeOf(Office.context.displayLanguage);
  showNotice(Office.context.ui, noticeUrl(location.href, locale, RANKING_NOT_AVAILABLE[locale]), () => event.completed());
}

// Older Excel builds have no Office.actions and look the manifest's FunctionName up on the page's global object.
void Office.onReady(() => {
  if (typeof Office.actions?.associate === 'function') Office.actions.associate('rankAndTier', rankAndTier);
});
(globalThis as typeof globalThis & { rankAndTier?: typeof rankAndTier }).rankAndTier = rankAndTier;
