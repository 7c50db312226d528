// The task pane's root component: the same one in Excel and in the workbench.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { HostProvider, type TaskpaneHost } from '../host/HostContext';
import { LocaleContext, type Locale } from '../i18n';
import type { StepId } from '../steps/types';
import { Shell } from './Shell';
import { UnsupportedHost } from './UnsupportedHost';

export interface TaskpaneAppProps {
  readonly host: TaskpaneHost;
  readonly locale: Locale;
  readonly initialStep?: StepId;
}

/** Theme, language and host for anything rendered in the pane; step tests render their step inside it. */
export function TaskpaneProviders(props: { readonly host: TaskpaneHost; readonly locale: Locale; readonly children: ReactNode }): ReactNode {
  return (
    <FluentProvider theme={webLightTheme} lang={props.locale} style={{ height: '100%' }}>
      <LocaleContext.Provider value={props.locale}>
        <HostProvider host={props.host}>{props.children}</HostProvider>
      </LocaleContext.Provider>
    </FluentProvider>
  );
}

export function TaskpaneApp(props: TaskpaneAppProps): ReactNode {
  return (
    <TaskpaneProviders host={props.host} locale={props.locale}>
      {props.host.capabilities.supported ? (
        <Shell {...(props.initialStep === undefined ? {} : { initialStep: props.initialStep })} />
      ) : (
        <UnsupportedHost />
      )}
    </TaskpaneProviders>
  );
}
