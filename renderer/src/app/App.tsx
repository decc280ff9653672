import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { ANTD_LOCALES } from '../i18n/locale';
import { currentLanguage } from '../i18n';
import { queryClient } from './queryClient';
import { router } from './router';
import { theme } from './theme';

export function App() {
  useTranslation(); // re-render on language change so antd picks the new locale
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={ANTD_LOCALES[currentLanguage()]} theme={theme}>
        <RouterProvider router={router} />
      </ConfigProvider>
    </QueryClientProvider>
  );
}
