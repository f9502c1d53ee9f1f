import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../renderer/src/steps/activities/timelineModel';
import { partyIndexById, partyStyle } from '../../../renderer/src/steps/activities/partyStyle';
import { threeYearApp } from './fixture';
import type { Activity } from '../../../shared/model/schema';

const act = (id: string, startDate: string, endDate: string, responsiblePartyId = ''): Activity => ({
  id,
  name: `Aktivitet ${id}`,
  description: '',
  responsiblePartyId,
  startDate,
  endDate,
});

describe('activity timeline', () => {
  it('lays out the project months and years', () => {
    const t = buildTimeline(threeYearApp());
    expect(t.period).toEqual({ start: '2025-03-01', end: '2028-02-29' });
    expect(t.months).toHaveLength(36);
    expect(t.months[0]).toMatchObject({ key: '2025-03', leftPct: 0 });
    expect(t.months.at(-1)!.key).toBe('2028-02');
    expect(t.years.map((y) => y.start)).toEqual(['2025-03-01', '2026-03-01', '2027-03-01']);
    const last = t.months.at(-1)!;
    expect(last.leftPct + last.widthPct).toBeCloseTo(100, 1);
  });

  it('draws the whole period as the full width and the first year as about a third', () => {
    const app = threeYearApp();
    const owner = app.parties[0]!.id;
    app.activities = [act('a', '2025-03-01', '2028-02-29', owner), act('b', '2025-03-01', '2026-02-28')];
    const [full, first] = buildTimeline(app).rows;
    expect(full!.bar).toEqual({ leftPct: 0, widthPct: 100 });
    expect(full!.partyIndex).toBe(0);
    expect(full!.problems).toEqual([]);
    expect(first!.bar!.widthPct).toBeCloseTo(33.3, 0);
    expect(first!.partyIndex).toBe(-1);
  });

  it('flags activities outside the project period and clips what overlaps', () => {
    const app = threeYearApp();
    app.activities = [
      act('before', '2024-01-01', '2024-12-31'),
      act('straddle', '2024-09-01', '2025-08-31'),
      act('late', '2027-06-01', '2028-06-30'),
    ];
    const [before, straddle, late] = buildTimeline(app).rows;
    expect(before!.problems).toEqual(['outside']);
    expect(before!.bar).toBeNull();
    expect(straddle!.problems).toEqual(['startsBefore']);
    expect(straddle!.bar!.leftPct).toBe(0);
    expect(late!.problems).toEqual(['endsAfter']);
    expect(late!.bar!.leftPct + late!.bar!.widthPct).toBeCloseTo(100, 6);
  });

  it('says why a bar cannot be drawn', () => {
    const app = threeYearApp();
    app.activities = [act('x', '', '2025-05-01'), act('y', '2025-02-30', '2025-05-01'), act('z', '2026-01-01', '2025-01-01')];
    expect(buildTimeline(app).rows.map((r) => r.problems)).toEqual([['noDates'], ['badDates'], ['endBeforeStart']]);
  });

  it('draws no bars until the project period is set', () => {
    const app = threeYearApp();
    app.project.endDate = '';
    app.activities = [act('a', '2025-03-01', '2025-06-30')];
    const t = buildTimeline(app);
    expect(t.period).toBeNull();
    expect(t.months).toEqual([]);
    expect(t.rows[0]!.bar).toBeNull();
  });
});

describe('party styles', () => {
  it('differ in colour and pattern for a dozen parties', () => {
    const styles = Array.from({ length: 12 }, (_, i) => partyStyle(i));
    const combos = new Set(styles.map((s) => `${s.colour}/${s.pattern}`));
    expect(combos.size).toBe(12);
    expect(partyStyle(0).pattern).not.toBe(partyStyle(1).pattern);
    const app = threeYearApp();
    expect(partyIndexById(app, app.parties[1]!.id)).toBe(1);
    expect(partyIndexById(app, '')).toBe(-1);
  });
});
