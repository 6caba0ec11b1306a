/**
 * Every language's card strings, for tests and tools. The product never imports this file: each
 * lazy card module imports its one language (entrypoints/ai-studio-card-*.ts).
 */
import type { Locale } from '@/utils/i18n';
import { en, type CardStrings } from './en';
import { ja } from './ja';
import { zhCN } from './zh-CN';

export type { CardStrings };
export const CARD_STRINGS: Record<Locale, CardStrings> = { en, 'zh-CN': zhCN, ja };
