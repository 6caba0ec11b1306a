/**
 * Whether a value taken from a page, a URL or an error can name a Google Cloud project: a project
 * ID (6–30 characters: lowercase letters, digits, hyphens; starts with a letter, does not end with
 * a hyphen) or a project number. Stands in for the shared validator for values from pages
 * (utils/page-values.ts, landing in a parallel branch); merge into it when that lands.
 */
const PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$|^\d{1,20}$/;

export function isProjectId(value: string): boolean {
  return PROJECT_ID.test(value);
}
