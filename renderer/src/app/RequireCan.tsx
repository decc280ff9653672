import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandName } from '../../../shared/commands';
import { useCan, useSession } from '../ui/session';

/** A page only some roles open (the menu hides it; an address typed by hand lands here). */
export function RequireCan({ command, children }: { command: CommandName; children: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (useCan(command)) return children;
  return <Result status="403" title={t('auth.forbidden.title')} subTitle={t('auth.forbidden.text', { role: t(`auth.role.${user.role}`) })} />;
}
