// The simulated workbook as a person sees it in Excel: the name box and cell contents, the grid
// of the active sheet, and the sheet tabs.
import { makeStyles, Tab, TabList, tokens, type SelectTabData, type SelectTabEvent } from '@fluentui/react-components';
import { useCallback, type ReactNode } from 'react';
import { rectAddress } from '../../core/sheet/grid';
import { useWorkbenchT } from '../messages';
import type { WorkbookSource } from '../source';
import { SheetGrid } from './SheetGrid';
import { useWorkbookSnapshot } from './useWorkbookSnapshot';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0, flexGrow: 1 },
  formulaBar: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  nameBox: {
    minWidth: '80px',
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyMonospace,
  },
  cellText: {
    flexGrow: 1,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    paddingLeft: tokens.spacingHorizontalXS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: '18px',
  },
  tabs: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowX: 'auto',
    flexShrink: 0,
  },
  empty: { padding: tokens.spacingHorizontalL },
});

export function SheetView(props: { readonly source: WorkbookSource }): ReactNode {
  const { source } = props;
  const snapshot = useWorkbookSnapshot(source);
  const t = useWorkbenchT();
  const styles = useStyles();
  const visible = snapshot.sheets.filter((s) => s.visibility === 'visible');
  const active = snapshot.activeSheet ?? visible[0]?.name ?? null;
  const sheet = active === null ? null : snapshot.sheet(active);
  const selection = snapshot.selection;

  const onTabSelect = useCallback(
    (_e: SelectTabEvent, data: SelectTabData) => {
      if (typeof data.value === 'string') void source.activate(data.value);
    },
    [source],
  );
  const onSelectCell = useCallback(
    (row: number, col: number) => {
      if (active !== null) void source.select(active, { row, col, rowCount: 1, colCount: 1 });
    },
    [source, active],
  );

  if (sheet === null) return <div className={styles.empty}>{t('book.empty')}</div>;
  const address = selection === null ? '' : rectAddress(selection);
  // The formula bar shows what the cell holds: its formula, else its displayed text.
  const selectedText = selection === null ? '' : (sheet.formula(selection.row, selection.col) ?? sheet.text(selection.row, selection.col));

  return (
    <div className={styles.root}>
      <div className={styles.formulaBar}>
        <output className={styles.nameBox} aria-label={t('book.nameBox')}>
          {address}
        </output>
        <output className={styles.cellText} aria-label={t('book.cellText')}>
          {selectedText}
        </output>
      </div>
      <SheetGrid sheet={sheet} selection={selection} label={t('book.grid', { sheet: sheet.name })} chartLabel={t('book.chart')} onSelectCell={onSelectCell} />
      <TabList className={styles.tabs} size="small" selectedValue={sheet.name} onTabSelect={onTabSelect} aria-label={t('book.sheets')}>
        {visible.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
