// "Đang hiện 11–20/96" with the previous and next page buttons, under a paged list of the ballot step.
// Turning a page brings the list's heading (`top`, an element id) into view, so the new page is read
// from its first person, and the new range is announced.
import { Button, Caption1 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Page } from './logic';
import { useBallotStyles } from './Ballot.styles';
import { ballotMessages } from './messages';

export function Pager(props: {
  readonly page: Page<unknown>;
  readonly go: (page: number) => void;
  readonly top: string;
}): ReactNode {
  const t = ballotMessages.useT();
  const styles = useBallotStyles();
  const { page } = props;
  const go = (n: number): void => {
    props.go(n);
    document.getElementById(props.top)?.scrollIntoView({ block: 'nearest' });
  };
  return (
    <div className={styles.actions}>
      <Caption1 aria-live="polite">{t('shown', { from: page.from, to: page.to, total: page.total })}</Caption1>
      {page.pages > 1 ? (
        <>
          <Button size="small" disabled={page.page === 0} onClick={() => go(page.page - 1)}>
            {t('prevPage')}
          </Button>
          <Button size="small" disabled={page.page >= page.pages - 1} onClick={() => go(page.page + 1)}>
            {t('nextPage')}
          </Button>
        </>
      ) : null}
    </div>
  );
}
