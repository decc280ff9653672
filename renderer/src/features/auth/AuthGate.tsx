import { App as AntApp, Button, Flex, Result, Spin } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthStatus } from '../../../../shared/schemas/auth';
import { call, onForbidden } from '../../api';
import { SessionContext, type Session } from '../../ui/session';
import { ChangePasswordDialog } from './ChangePasswordDialog';
import { ChangePasswordScreen } from './ChangePasswordScreen';
import { messageOf } from './forms';
import { LockScreen } from './LockScreen';
import { SetupScreen } from './SetupScreen';
import { SignInScreen } from './SignInScreen';
import { useIdleLock } from './useIdleLock';

interface AuthGateProps {
  /** The app, mounted only while a user is signed in and the screen is not locked. */
  children: ReactNode;
  /** After a sign-out: the next user starts on the home page. */
  onSignedOut?: () => void;
}

/**
 * What the app shows comes from `auth.status`: first-start setup, sign-in, the lock, a forced
 * password change, or the pages. Locking or signing out unmounts the pages and empties the query
 * cache, so nothing of the records stays in the page. A command answered FORBIDDEN re-reads the
 * status (the session may have been locked by the service, or signed out), bringing the right
 * screen back.
 */
export function AuthGate({ children, onSignedOut }: AuthGateProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<AuthStatus>();
  const [failure, setFailure] = useState<string>();
  const [changing, setChanging] = useState(false);
  const signedOut = useRef(onSignedOut);
  signedOut.current = onSignedOut;

  const reload = useCallback(async () => {
    try {
      setStatus(await call('auth.status', {}));
      setFailure(undefined);
    } catch (error) {
      setFailure(messageOf(error, t('common.unexpectedError')));
    }
  }, [t]);

  useEffect(() => {
    void reload();
    return onForbidden(() => void reload());
  }, [reload]);

  const state = status?.state;
  const working = state === 'signed_in' && !status?.user?.mustChangePassword;
  // The pages are unmounted by now: drop every record they loaded.
  useEffect(() => {
    if (state && !working) {
      void queryClient.cancelQueries();
      queryClient.clear();
      setChanging(false);
    }
  }, [state, working, queryClient]);

  const lock = useCallback(() => {
    setStatus((s) => (s && s.state === 'signed_in' ? { ...s, state: 'locked' } : s));
    void call('auth.lock', {})
      .then(setStatus)
      .catch(() => undefined);
  }, []);

  const signOut = useCallback(async () => {
    try {
      setStatus(await call('auth.logout', {}));
    } catch {
      await reload();
    }
    signedOut.current?.();
  }, [reload]);

  const session = useMemo<Session | null>(
    () =>
      status?.user && working
        ? { status, user: status.user, lock, signOut, changePassword: () => setChanging(true), refresh: reload }
        : null,
    [status, working, lock, signOut, reload],
  );

  let screen: ReactNode;
  if (!status) {
    screen = failure ? (
      <Result status="error" title={t('common.loadFailed')} subTitle={failure} extra={<Button onClick={() => void reload()}>{t('common.retry')}</Button>} />
    ) : (
      <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" description={t('auth.checking')} />
      </Flex>
    );
  } else if (status.state === 'setup') screen = <SetupScreen status={status} onDone={setStatus} />;
  else if (status.state === 'signed_out') screen = <SignInScreen status={status} onDone={setStatus} />;
  else if (status.state === 'locked') screen = <LockScreen status={status} onDone={setStatus} onSignOut={() => void signOut()} recheck={() => void reload()} />;
  else if (!session) screen = <ChangePasswordScreen status={status} onDone={setStatus} onSignOut={() => void signOut()} />;
  else
    screen = (
      <SessionContext.Provider value={session}>
        <IdleLock minutes={status.idleLockMinutes} lock={lock} recheck={reload} />
        {children}
        <ChangePasswordDialog open={changing} onClose={() => setChanging(false)} onDone={setStatus} />
      </SessionContext.Provider>
    );
  return <AntApp>{screen}</AntApp>;
}

function IdleLock(props: { minutes: number; lock: () => void; recheck: () => Promise<void> }) {
  useIdleLock({ minutes: props.minutes, lock: props.lock, recheck: () => void props.recheck() });
  return null;
}
