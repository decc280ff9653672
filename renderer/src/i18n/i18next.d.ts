import 'i18next';
import type { vi } from './vi';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof vi };
  }
}
