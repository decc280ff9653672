import { takeLaunchKeyFromAddress } from './launchKey';

// Imported first by main.tsx: the secret leaves the address before the hash router reads it.
takeLaunchKeyFromAddress();
