import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { applyDateLocale } from './locale';
import { en } from './en';
import { vi } from './vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'ldte.language';

function storedLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.find((l) => l === saved) ?? 'vi';
  } catch {
    return 'vi';
  }
}

function applyLanguage(language: Language): void {
  applyDateLocale(language);
  document.documentElement.lang = language;
}

const initial = storedLanguage();
void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  initAsync: false,
});
applyLanguage(initial);

export function currentLanguage(): Language {
  return LANGUAGES.find((l) => l === i18n.language) ?? 'vi';
}

/** Switches the UI language now and remembers it for the next start. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be unavailable (private mode); the switch still applies to this session.
  }
  applyLanguage(language);
  await i18n.changeLanguage(language);
}
