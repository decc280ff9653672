import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { AuthGate } from '../features/auth/AuthGate';
import { ANTD_LOCALES } from '../i18n/locale';
import { currentLanguage } from '../i18n';
import { queryClient } from './queryClient';
import { router } from './router';
import { theme } from './theme';

/** The pages sit behind the sign-in gate: they mount only for a signed-in user on an unlocked screen. */
export function App() {
  useTranslation(); // re-render on language change so antd picks the new locale
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={ANTD_LOCALES[currentLanguage()]} theme={theme}>
        <AuthGate onSignedOut={() => void router.navigate('/')}>
          <RouterProvider router={router} />
        </AuthGate>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
