import { describe, expect, it } from 'vitest';
import { isProjectId } from '@/utils/project-id';

describe('isProjectId', () => {
  it.each(['gen-lang-client-0371227417', 'my-project-123', '445009168042', 'abcdef'])('accepts %s', (value) => {
    expect(isProjectId(value)).toBe(true);
  });
  it.each(['', 'abc', 'My-Project', 'project-', '1project', 'a'.repeat(31), 'p?x=1', 'gen lang', '123456789012345678901'])('refuses %j', (value) => {
    expect(isProjectId(value)).toBe(false);
  });
});
