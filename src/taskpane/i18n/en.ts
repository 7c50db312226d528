// The task pane shell's words in English, shown when Office's display language is English.
import type { ShellKey } from './vi';

export const en: Readonly<Record<ShellKey, string>> = {
  'app.title': 'Initiative review council',
  'app.loading': 'Loading…',
  'nav.label': 'Review steps',
  'nav.stepOf': 'Step {n} of {total}',
  'nav.done': 'done',

  'step.intake.title': 'Import register',
  'step.intake.purpose':
    'Read the register of initiatives from any sheet, show what was understood and every problem to fix, then write the normalised "Sáng kiến" sheet.',
  'step.council.title': 'Council',
  'step.council.purpose':
    'Set up the "Hội đồng" sheet (members, roles, unions they must not review) and the "Cấu hình" sheet (scoring criteria and prize rules).',
  'step.assignment.title': 'Assignment',
  'step.assignment.purpose':
    'Give each initiative enough reviewers, avoiding conflicts of interest, with even loads, and pre-allocate the "Chấm điểm" sheet.',
  'step.scoring.title': 'Scoring',
  'step.scoring.purpose':
    "Let each member enter a score per criterion in a form, and export and import each reviewer's packet workbook.",
  'step.ranking.title': 'Ranking',
  'step.ranking.purpose':
    'Compute official scores, rank, award prize tiers, build the proposal lists and show every case the council must decide.',
  'step.ballot.title': 'Ballot',
  'step.ballot.purpose':
    'Set up the "Biểu quyết" sheet to record the votes in favour of each proposed person and tell who reached two thirds.',
  'step.reports.title': 'Reports',
  'step.reports.purpose':
    'Generate the proposal lists, the review results, the minutes and the statistics in the official document layout.',

  'step.loadFailed': 'This step could not be loaded. Close the task pane and open it again; if it still fails, tell your administrator.',

  'unsupported.title': 'This version of Excel cannot run the add-in',
  'unsupported.body':
    'The add-in needs Excel with ExcelApi 1.9 or newer: Microsoft 365, Office 2021 or newer, or Excel on the web. Update Excel, or open this file in Excel on the web.',
  'noWorkbook.title': 'Not connected to a workbook',
  'noWorkbook.body': 'The task pane is running outside Excel, so it cannot read or write any sheet yet.',

  'task.working': 'Working…',
  'task.progress': '{done} of {total} done',
  'error.unexpected': 'Something unexpected went wrong: {detail}. Try again; if it keeps failing, tell your administrator and include this message.',
  'problems.label': 'Problems',
  'problems.summary': '{errors} errors, {warnings} warnings, {infos} notes',
  'problems.none': 'No problems found.',
  'problems.more': 'Show {count} more problems',
  'problems.goTo': 'Select cell {address} on sheet {sheet}',
  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Note',
  'help.label': 'Help',
  'help.selfTest': 'Check this Excel',
};
