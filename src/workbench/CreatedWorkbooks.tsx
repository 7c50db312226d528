// Workbooks the add-in opened with Excel.createWorkbook (e.g. reviewer packets): in Excel each
// opens in a new window; here each can be downloaded as the .xlsx the add-in built.
import { Menu, MenuButton, MenuItemLink, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useWorkbenchT } from './messages';
import { useWorkbookSnapshot } from './sheet-view/useWorkbookSnapshot';
import type { WorkbookSource } from './source';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function base64ToBlob(base64: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: XLSX_TYPE });
}

export function CreatedWorkbooks(props: { readonly source: WorkbookSource }): ReactNode {
  const t = useWorkbenchT();
  const { createdWorkbooks } = useWorkbookSnapshot(props.source);
  const urls = useMemo(() => createdWorkbooks.map((b) => URL.createObjectURL(base64ToBlob(b))), [createdWorkbooks]);
  // Object URLs hold their bytes until revoked; free them when the list changes.
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);

  if (urls.length === 0) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton size="small">{t('created.button', { count: urls.length })}</MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {urls.map((url, i) => (
            <MenuItemLink key={url} href={url} download={`so-moi-${i + 1}.xlsx`}>
              {t('created.item', { n: i + 1 })}
            </MenuItemLink>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
