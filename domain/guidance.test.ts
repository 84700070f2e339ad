import { describe, expect, it } from 'vitest';
import { compareVersions, unseenReleases } from './guidance';
import { releaseNotes } from './release-notes';

describe('guidance: versions and what is new', () => {
  it('compares versions by their numbers', () => {
    expect(compareVersions('0.10.0', '0.9.1')).toBeGreaterThan(0);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
    expect(compareVersions('1.2.3-beta.1', '1.2.3')).toBe(0);
    expect(compareVersions('0.1.0', '0.2.0')).toBeLessThan(0);
  });

  it('shows the releases after the one acknowledged, up to the running one, newest first', () => {
    const notes = [{ version: '0.3.0' }, { version: '0.1.0' }, { version: '0.2.0' }];
    expect(unseenReleases(notes, '0.3.0', '0.1.0')).toEqual(['0.3.0', '0.2.0']);
    expect(unseenReleases(notes, '0.2.0', '0.1.0')).toEqual(['0.2.0']);
    expect(unseenReleases(notes, '0.3.0', '0.3.0')).toEqual([]);
    expect(unseenReleases(notes, '0.3.0', null)).toEqual(['0.3.0', '0.2.0', '0.1.0']);
  });

  it('keeps the release notes newest first, each item in the three languages', () => {
    const versions = releaseNotes.map((n) => n.version);
    expect([...versions].sort((a, b) => compareVersions(b, a))).toEqual(versions);
    for (const item of releaseNotes.flatMap((n) => n.items)) expect(item.en && item.sv && item.nb).toBeTruthy();
  });
});
