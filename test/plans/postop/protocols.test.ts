import { describe, expect, it } from 'vitest';
import { builtInProtocols, EXERCISES, generatePostOpPlan, validateProtocol, type PostOpProtocolInput } from '../../../src/plans/postop/index.js';
import { byKey, milestone, minimalRecord, phase, pod, unwrap } from './support.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('built-in protocols', () => {
  it('all validate', () => {
    for (const protocol of Object.values(builtInProtocols)) expect(validateProtocol(protocol)._tag).toBe('Right');
  });

  it('TKA has the seed table exactly (004): four phases, their days, exercises and ranges of motion', () => {
    const surgery = '2027-03-10';
    const plan = unwrap(generatePostOpPlan(minimalRecord({ id: 's', code: 'total-knee-arthroplasty', status: 'completed', date: surgery }), 's', '2027-03-11'));
    // 004: days 1-3, days 4-14, weeks 2-4 (after day 14 up to day 28), months 1-3 (after week 4 up to 3 calendar months).
    const expected: [string, number, number | string, string[]][] = [
      ['immobilisation', 1, 3, ['ankle-pumps', 'passive-motion']],
      ['activity', 4, 14, ['straight-leg-raise', 'quadriceps-sets', 'active-motion']],
      ['weight-bearing', 2 * 7 + 1, 4 * 7, ['walker-walking', 'stairs', 'ankle-pumps-continued']],
      ['strengthening', 4 * 7 + 1, '2027-06-10', ['balance', 'strength', 'normal-walking']],
    ];
    expect(plan.phases).toHaveLength(expected.length);
    for (const [key, from, to, exercises] of expected) {
      const found = phase(plan, key);
      expect(found?.start).toBe(pod(from, surgery));
      expect(found?.end).toBe(typeof to === 'number' ? pod(to, surgery) : to);
      const ids = plan.activities.filter((activity) => activity.category === 'exercise' && activity.phaseId === found?.id).map((activity) => activity.id.split('/').at(-1));
      expect(ids).toEqual(exercises);
    }
    expect(byKey(plan, '/exercise/immobilisation/ankle-pumps')?.title.en).toBe(EXERCISES['ankle-pumps'].name.en);
    expect(byKey(plan, '/exercise/immobilisation/passive-motion')?.amount).toMatchObject({ low: 0, high: 45, unit: 'deg' });
    expect(byKey(plan, '/exercise/activity/active-motion')?.amount).toMatchObject({ low: 0, high: 90, unit: 'deg' });
    expect(byKey(plan, '/exercise/weight-bearing/stairs')?.instructions.en).toMatch(/up, the good leg leads; going down, the operated leg leads/);
    expect(byKey(plan, '/exercise/weight-bearing/walker-walking')?.title['zh-CN']).toBe('助行器行走');
    expect(byKey(plan, '/exercise/strengthening/balance')?.title['zh-CN']).toBe('平衡训练');
    expect(byKey(plan, '/exercise/strengthening/strength')?.title['zh-CN']).toBe('肌力训练');
  });

  it('TKA visits follow (2 weeks, 6 weeks, 3 months, 1 year) and milestones 003 (1 week, 1 month, 3 months)', () => {
    const surgery = '2027-01-31';
    const plan = unwrap(generatePostOpPlan(minimalRecord({ id: 's', code: 'total-knee-arthroplasty', status: 'completed', date: surgery }), 0, surgery));
    const visits = plan.activities.filter((activity) => activity.id.includes('/visit/visit-')).map((activity) => activity.due);
    expect(visits).toEqual([pod(14, surgery), pod(42, surgery), '2027-04-30', '2028-01-31']);
    expect(milestone(plan, 'week-1')?.dueBy).toBe(pod(7, surgery));
    expect(milestone(plan, 'flexion-90')?.dueBy).toBe(pod(14, surgery));
    expect(milestone(plan, 'month-1')?.dueBy).toBe(pod(28, surgery));
    expect(milestone(plan, 'month-3')?.dueBy).toBe('2027-04-30');
    expect(milestone(plan, 'flexion-90')?.target).toEqual({ low: 90, unit: 'deg' });
  });

  it('cholecystectomy has the seed days exactly (004): day 1 liquid diet, day 3 movement, day 7 revisit', () => {
    const surgery = '2026-12-30';
    const plan = unwrap(generatePostOpPlan(minimalRecord({ id: 'c', code: 'laparoscopic-cholecystectomy', status: 'completed', date: surgery }), 'c', surgery));
    const diet = byKey(plan, '/education/diet/liquid-diet');
    expect(diet?.category).toBe('nutrition');
    expect(diet?.due).toBe(pod(1, surgery));
    expect(diet?.title['zh-CN']).toBe('流质饮食');
    const turning = byKey(plan, '/exercise/movement/turning-in-bed');
    expect(turning?.start).toBe(pod(3, surgery));
    expect(turning?.title['zh-CN']).toBe('床上翻身练习');
    const revisit = byKey(plan, '/visit/revisit-day-7');
    expect(revisit?.category).toBe('visit');
    expect(revisit?.due).toBe(pod(7, surgery));
    const kinds = plan.redFlags.map((flag) => flag.id.split('/').at(-1));
    expect(kinds).toEqual(expect.arrayContaining(['jaundice', 'abdominal-pain', 'fever', 'wound', 'dvt', 'pe']));
  });

  it('generic protocol: daily contact in week 1, weekly after (004)', () => {
    const surgery = '2026-06-01';
    const plan = unwrap(generatePostOpPlan(minimalRecord({ id: 'g', code: 'surgery-other', status: 'completed', date: surgery }), 'g', surgery));
    const daily = byKey(plan, '/contact/daily-week-1');
    const weekly = byKey(plan, '/contact/weekly');
    expect(daily?.frequency).toEqual({ times: 1, per: 'day' });
    expect([daily?.start, daily?.end]).toEqual([pod(1, surgery), pod(7, surgery)]);
    expect(weekly?.frequency).toEqual({ times: 1, per: 'week' });
    expect(weekly?.start).toBe(pod(8, surgery));
  });
});

describe('validateProtocol catches each defect class', () => {
  const tka = (): PostOpProtocolInput => clone(builtInProtocols['total-knee-arthroplasty']);
  const issuesOf = (doc: unknown) => {
    const result = validateProtocol(doc);
    expect(result._tag).toBe('Left');
    return result._tag === 'Left' ? result.left.issues : [];
  };

  it('overlapping phases', () => {
    const doc = tka();
    const second = doc.phases[1];
    if (second !== undefined) second.start = { value: 3, unit: 'day' };
    expect(issuesOf(doc)).toContainEqual(expect.objectContaining({ path: ['phases', 1, 'start'], code: 'inconsistent', message: expect.stringMatching(/overlaps/) as unknown }));
  });

  it('overlap that only happens in long months is caught (day 29 vs 1 month)', () => {
    const doc = tka();
    const [, , third, fourth] = doc.phases;
    if (third !== undefined && fourth !== undefined) {
      third.end = { value: 1, unit: 'month' };
      fourth.start = { value: 29, unit: 'day' };
    }
    expect(issuesOf(doc).some((issue) => issue.path.join('.') === 'phases.3.start')).toBe(true);
  });

  it('milestones outside their phase', () => {
    const doc = tka();
    const target = doc.phases[1]?.milestones[1];
    if (target !== undefined) target.due = { value: 20, unit: 'day' };
    expect(issuesOf(doc)).toContainEqual({ path: ['phases', 1, 'milestones', 1, 'due'], code: 'inconsistent', message: 'lies outside its phase' });
  });

  it('unknown exercises', () => {
    const doc = tka();
    const exercise = doc.phases[0]?.exercises[0];
    if (exercise !== undefined) exercise.exercise = 'moon-walk';
    expect(issuesOf(doc)).toContainEqual(expect.objectContaining({ path: ['phases', 0, 'exercises', 0, 'exercise'], code: 'unknown-code' }));
  });

  it('missing red flags, by procedure', () => {
    const doc = tka();
    doc.redFlags = doc.redFlags.filter((flag) => flag.kind !== 'dvt' && flag.kind !== 'pe');
    const issues = issuesOf(doc);
    expect(issues.filter((issue) => issue.code === 'required').map((issue) => issue.message)).toEqual(['lacks a red flag of kind dvt', 'lacks a red flag of kind pe']);
    const chole = clone(builtInProtocols['laparoscopic-cholecystectomy']);
    chole.redFlags = chole.redFlags.filter((flag) => flag.kind !== 'biliary');
    expect(issuesOf(chole)).toContainEqual({ path: ['redFlags'], code: 'required', message: 'lacks a red flag of kind biliary' });
  });

  it('reports every defect of one protocol together, and gating on an unknown or late milestone', () => {
    const doc = tka();
    const [first, second, third] = doc.phases;
    if (first !== undefined && second !== undefined && third !== undefined) {
      second.start = { value: 2, unit: 'day' };
      const exercise = first.exercises[0];
      if (exercise !== undefined) exercise.exercise = 'unknown-one';
      third.requires = ['no-such-milestone', 'month-1'];
    }
    doc.redFlags = doc.redFlags.filter((flag) => flag.kind !== 'fever');
    const codes = issuesOf(doc).map((issue) => `${issue.path.join('.')}:${issue.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'phases.1.start:inconsistent',
        'phases.0.exercises.0.exercise:unknown-code',
        'phases.2.requires.0:unknown-code',
        'phases.2.requires.1:inconsistent',
        'redFlags:required',
      ]),
    );
  });

  it('schema defects are reported by path without values', () => {
    const doc = { ...tka(), phases: [{ id: 'Bad Id!', name: 'x' }] };
    const issues = issuesOf(doc);
    expect(issues.some((issue) => issue.path.join('.') === 'phases.0.id')).toBe(true);
    expect(JSON.stringify(issues)).not.toContain('Bad Id!');
  });
});

describe('a hospital-authored protocol round trip (JSON in, validated, plan out)', () => {
  it('builds a plan from a hospital JSON protocol with a custom exercise', () => {
    const json = JSON.stringify({
      schemaVersion: 1,
      id: 'hospital-x-tka',
      version: '2026.1',
      procedure: 'total-knee-arthroplasty',
      title: { en: 'Hospital X knee pathway', 'zh-CN': 'X医院膝关节置换路径' },
      source: { kind: 'guideline', id: 'hospital-x-2026', title: 'Hospital X TKA pathway 2026' },
      customExercises: [{ id: 'pool-walking', name: { en: 'Pool walking', 'zh-CN': '水中行走' }, instructions: { en: 'Walk in waist-deep water.', 'zh-CN': '在齐腰深的水中行走。' } }],
      phases: [
        {
          id: 'early',
          name: { en: 'Early', 'zh-CN': '早期' },
          description: { en: 'Days 1-10', 'zh-CN': '术后1-10天' },
          start: { value: 1, unit: 'day' },
          end: { value: 10, unit: 'day' },
          exercises: [{ id: 'pumps', exercise: 'ankle-pumps', frequency: { times: 3, per: 'day' }, rationale: { en: 'DVT', 'zh-CN': '预防血栓' } }],
          restrictions: [],
          education: [],
          milestones: [
            {
              id: 'flex-80',
              due: { value: 10, unit: 'day' },
              description: { en: 'Flexion 80', 'zh-CN': '屈曲80度' },
              measure: 'knee-flexion',
              target: { low: 80, unit: 'deg' },
              escalation: { action: 'physiotherapy-review', withinDays: 2 },
              rationale: { en: 'House rule', 'zh-CN': '本院规定' },
            },
          ],
          rationale: { en: 'Early phase', 'zh-CN': '早期阶段' },
        },
        {
          id: 'late',
          name: { en: 'Late', 'zh-CN': '后期' },
          description: { en: 'To week 6', 'zh-CN': '至6周' },
          start: { value: 11, unit: 'day' },
          end: { value: 6, unit: 'week' },
          requires: ['flex-80'],
          exercises: [{ id: 'pool', exercise: 'pool-walking', requires: ['flex-80'], rationale: { en: 'Low impact', 'zh-CN': '低冲击' } }],
          restrictions: [],
          education: [],
          milestones: [],
          rationale: { en: 'Late phase', 'zh-CN': '后期阶段' },
        },
      ],
      visits: [{ id: 'v10', at: { value: 10, unit: 'day' }, purpose: { en: 'Day 10 review', 'zh-CN': '术后10天复查' }, rationale: { en: 'House rule', 'zh-CN': '本院规定' } }],
      contacts: [],
      redFlags: (['fever', 'wound', 'dvt', 'pe'] as const).map((kind) => ({
        id: kind,
        kind,
        sign: { en: `${kind} sign {threshold}`, 'zh-CN': `${kind} 征象 {threshold}` },
        action: { en: 'Call', 'zh-CN': '致电' },
        severity: 'high',
        deadline: 'PT4H',
        rationale: { en: 'House rule', 'zh-CN': '本院规定' },
      })),
    });
    const doc: unknown = JSON.parse(json);
    expect(validateProtocol(doc)._tag).toBe('Right');
    const surgery = '2026-05-04';
    const record = minimalRecord({ id: 'k', code: 'total-knee-arthroplasty', status: 'completed', date: surgery }, {
      observations: [{ code: 'knee-flexion', value: 70, unit: 'deg', effective: `${pod(10, surgery)}T09:00:00+08:00` }],
    });
    const plan = unwrap(generatePostOpPlan(record, 'k', pod(12, surgery), { protocol: doc, feverThresholdCelsius: 38.5 }));
    expect(plan.guideline).toBe('hospital-x-tka@2026.1');
    expect(plan.status).toBe('behind');
    expect(byKey(plan, '/exercise/late/pool')?.title.en).toBe('Pool walking');
    expect(byKey(plan, '/exercise/late/pool')?.paused).toBeDefined();
    expect(byKey(plan, '/escalation/flex-80')?.due).toBe(pod(12, surgery));
    expect(byKey(plan, '/visit/v10')?.due).toBe(pod(10, surgery));
    expect(plan.redFlags[0]?.sign.en).toBe('fever sign 38.5');
    // Every item without its own source cites the hospital's protocol.
    expect(byKey(plan, '/exercise/early/pumps')?.source.id).toBe('hospital-x-2026');
    // The plan as JSON round-trips.
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it('rejects a hospital protocol with defects, every path under options.protocol', () => {
    const doc = clone(builtInProtocols['total-knee-arthroplasty']);
    doc.redFlags = [];
    const result = generatePostOpPlan(minimalRecord({ id: 'k', code: 'total-knee-arthroplasty', status: 'completed', date: '2026-01-05' }), 'k', '2026-01-06', { protocol: doc });
    expect(result._tag === 'Left' && result.left.code).toBe('invalid-rule');
    expect(result._tag === 'Left' && result.left.issues[0]?.path).toEqual(['options', 'protocol', 'redFlags']);
  });

  it('refuses a protocol for another procedure', () => {
    const result = generatePostOpPlan(minimalRecord({ id: 'k', code: 'total-knee-arthroplasty', status: 'completed', date: '2026-01-05' }), 'k', '2026-01-06', { protocol: builtInProtocols['laparoscopic-cholecystectomy'] });
    expect(result._tag === 'Left' && result.left.code).toBe('not-applicable');
  });
});
