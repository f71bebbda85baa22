import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '@/utils/app/background';

// The service worker / event page: thin wiring (utils/app/background.ts registers every listener synchronously).
export default defineBackground(startBackground);
