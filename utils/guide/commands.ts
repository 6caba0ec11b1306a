/**
 * The restore guide's `gcloud` commands (research/console-facts.md: `api-keys list --show-deleted`,
 * then `undelete KEY_ID`). Project and key id come from the console URL and page, which anyone can
 * link to: each must be in Google's grammar (utils/page-values.ts) and is quoted anyway; a value
 * that fails leaves the placeholder for the user to fill in.
 */
import type { LinkContext } from '@/utils/console-links';
import { pageValue, projectValue } from '@/utils/page-values';
import { shellQuote } from '@/utils/shell';

function word(value: string | undefined, placeholder: string): string {
  return (value !== undefined ? shellQuote(value) : undefined) ?? placeholder;
}

const projectFlag = (context: LinkContext) => `--project=${word(projectValue(context.project), 'PROJECT_ID')}`;

export function listDeletedKeysCommand(context: LinkContext): string {
  return `gcloud services api-keys list --show-deleted ${projectFlag(context)}`;
}

export function undeleteKeyCommand(keyId: string | undefined, context: LinkContext): string {
  return `gcloud services api-keys undelete ${word(pageValue('keyId', keyId), 'KEY_ID')} ${projectFlag(context)}`;
}
