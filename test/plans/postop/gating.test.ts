import { describe, expect, it } from 'vitest';
import { CarePlanBaseSchema } from '../../../src/plans/care-plan.js';
import { generatePostOpPlan, updatePostOpPlan, type PostOpPlan } from '../../../src/plans/postop/index.js';
import { byKey, deepFrozen, kneeRecord, milestone, minimalRecord, phase, pod, SURGERY, unwrap } from './support.js';

const tka = (extra: Record<string, unknown> = {}) => minimalRecord({ id: 't', code: 'total-knee-arthroplasty', status: 'completed', date: SURGERY, admission: 'elective' }, extra);
const flexion = (value: number, day: number) => ({ code: 'knee-flexion', value, unit: 'deg', effective: `${pod(day)}T10:00:00+08:00` });
const plan = (record: Record<string, unknown>, asOfDay: number): PostOpPlan => unwrap(generatePostOpPlan(record, 't', pod(asOfDay)));
const update = (base: PostOpPlan, items: unknown[], asOfDay: number): PostOpPlan => unwrap(updatePostOpPlan(base, items, pod(asOfDay)));

describe('milestone gating: knee flexion >= 90 degrees by day 14', () => {
  it('met at exactly 90 on day 14: the next phase opens on day 15, stairs not held', () => {
    const after = update(plan(tka(), 7), [flexion(90, 14)], 15);
    expect(milestone(after, 'flexion-90')?.status).toBe('met');
    expect(phase(after, 'weight-bearing')?.status).toBe('current');
    expect(after.classification['phaseReached']).toBe(phase(after, 'weight-bearing')?.id);
    expect(byKey(after, '/exercise/weight-bearing/stairs')?.paused).toBeUndefined();
    expect(byKey(after, '/escalation/flexion-90')).toBeUndefined();
  });

  it('89 on day 14: missed on day 14, plan behind, physiotherapy review, stairs held, never advances', () => {
    const after = update(plan(tka(), 7), [flexion(89, 14)], 14);
    expect(milestone(after, 'flexion-90')?.status).toBe('missed');
    expect(after.status).toBe('behind');
    expect(phase(after, 'activity')?.status).toBe('behind');
    const review = byKey(after, '/escalation/flexion-90');
    expect(review?.category).toBe('referral');
    expect(review?.title.en).toBe('Physiotherapy review');
    expect(review?.due).toBe(pod(14 + 3));
    expect(byKey(after, '/exercise/weight-bearing/stairs')?.paused?.en).toMatch(/90 degrees/);
    // Days later the calendar says weeks 2-4, but the plan stays in days 4-14.
    const later = update(after, [], 20);
    expect(phase(later, 'weight-bearing')?.status).toBe('upcoming');
    expect(phase(later, 'activity')?.status).toBe('behind');
    expect(later.classification['phaseReached']).toBe(phase(later, 'activity')?.id);
  });

  it('a low reading before the due day leaves it pending; no reading by day 15 is missed', () => {
    const early = update(plan(tka(), 7), [flexion(60, 10)], 14);
    expect(milestone(early, 'flexion-90')?.status).toBe('pending');
    const none = plan(tka(), 15);
    expect(milestone(none, 'flexion-90')?.status).toBe('missed');
    expect(byKey(none, '/escalation/flexion-90')?.due).toBe(pod(15 + 3));
  });

  it('met late: a later reading of 95 lifts the hold and the phase opens', () => {
    const behind = update(plan(tka(), 7), [flexion(75, 14)], 14);
    const caught = update(behind, [flexion(95, 18)], 18);
    expect(milestone(caught, 'flexion-90')?.status).toBe('met');
    expect(byKey(caught, '/exercise/weight-bearing/stairs')?.paused).toBeUndefined();
    expect(phase(caught, 'weight-bearing')?.status).toBe('current');
  });
});

describe('milestone gating: reported milestones (1 week, 1 month) and flexion 110 by week 6', () => {
  it('week 1: met by a report on day 7, missed without one on day 8', () => {
    const base = plan(tka(), 5);
    expect(milestone(update(base, [{ milestone: 'week-1', met: true, on: pod(7) }], 8), 'week-1')?.status).toBe('met');
    expect(milestone(update(base, [], 7), 'week-1')?.status).toBe('pending');
    expect(milestone(update(base, [], 8), 'week-1')?.status).toBe('missed');
    expect(milestone(update(base, [{ milestone: 'week-1', met: false, on: pod(7) }], 7), 'week-1')?.status).toBe('missed');
  });

  it('month 1 gates the strengthening exercises; both sides', () => {
    const ready = [flexion(95, 14), { milestone: 'month-1', met: true, on: pod(28) }];
    const met = update(plan(tka(), 7), ready, 30);
    expect(phase(met, 'strengthening')?.status).toBe('current');
    expect(byKey(met, '/exercise/strengthening/strength')?.paused).toBeUndefined();
    const missed = update(plan(tka(), 7), [flexion(95, 14), { milestone: 'month-1', met: false, on: pod(28) }], 30);
    expect(phase(missed, 'weight-bearing')?.status).toBe('behind');
    expect(byKey(missed, '/exercise/strengthening/strength')?.paused).toBeDefined();
    expect(byKey(missed, '/exercise/strengthening/normal-walking')?.paused).toBeUndefined();
  });

  it('flexion 110 by week 6: 110 met, 109 missed', () => {
    expect(milestone(update(plan(tka(), 7), [flexion(110, 42)], 42), 'flexion-110')?.status).toBe('met');
    expect(milestone(update(plan(tka(), 7), [flexion(109, 42)], 42), 'flexion-110')?.status).toBe('missed');
  });

  it('reports may name the plan milestone id; unknown milestones and future readings are rejected', () => {
    const base = plan(tka(), 7);
    const planId = milestone(base, 'week-1')?.id ?? '';
    expect(milestone(update(base, [{ milestone: planId, met: true, on: pod(7) }], 7), 'week-1')?.status).toBe('met');
    const unknown = updatePostOpPlan(base, [{ milestone: 'nope', met: true, on: pod(7) }], pod(7));
    expect(unknown._tag === 'Left' && unknown.left.issues[0]?.path).toEqual(['observations', 0, 'milestone']);
    const future = updatePostOpPlan(base, [flexion(90, 9)], pod(8));
    expect(future._tag === 'Left' && future.left.issues[0]?.path).toEqual(['observations', 0, 'effective']);
    const back = updatePostOpPlan(base, [], pod(6));
    expect(back._tag === 'Left' && back.left.code).toBe('conflict');
  });
});

describe('personalisation', () => {
  it('Caprini: elective arthroplasty (highest) gets 35 days and ankle-pump emphasis; emergency in a young patient 14 days', () => {
    const elective = plan(tka(), 2);
    expect((elective.classification['risk'] as { caprini: { category: string } }).caprini.category).toBe('highest');
    expect(elective.classification['vteProphylaxisDays']).toBe(35);
    expect(byKey(elective, '/vte/prophylaxis')?.end).toBe(pod(35));
    expect(byKey(elective, '/vte/ankle-pumps')?.end).toBe(pod(35));
    const young = minimalRecord({ id: 't', code: 'total-knee-arthroplasty', status: 'completed', date: SURGERY, admission: 'emergency' }, { birthDate: '1995-01-01' });
    const emergency = plan(young, 2);
    const category = (emergency.classification['risk'] as { caprini: { category: string } }).caprini.category;
    expect(category).not.toBe('highest');
    expect(emergency.classification['vteProphylaxisDays']).toBe(14);
    expect(byKey(emergency, '/vte/prophylaxis')?.end).toBe(pod(14));
    expect(byKey(emergency, '/vte/ankle-pumps') !== undefined).toBe(category === 'high');
  });

  it('Caprini after cholecystectomy at 30 (moderate): prophylaxis in hospital only, no day count', () => {
    const young = minimalRecord({ id: 't', code: 'laparoscopic-cholecystectomy', status: 'completed', date: SURGERY }, { birthDate: '1996-01-01' });
    const result = plan(young, 1);
    expect((result.classification['risk'] as { caprini: { category: string } }).caprini.category).toBe('moderate');
    expect(byKey(result, '/vte/prophylaxis')?.title.en).toBe('VTE prophylaxis while in hospital');
    expect(result.classification['vteProphylaxisDays']).toBeNull();
  });

  it('Morse: moderate adds the walker, high adds supervision, low adds neither', () => {
    const status = (gait: string, aid: string) => ({ ambulatoryAid: aid, gait, mentalStatus: 'oriented', intravenousAccess: false });
    const low = plan(tka({ history: { fallInPast3Months: false }, conditions: [], functionalStatus: status('normal', 'none') }), 3);
    expect(byKey(low, '/falls/walker')).toBeUndefined();
    const moderate = plan(tka({ history: { fallInPast3Months: false }, conditions: [], functionalStatus: status('weak', 'crutches-cane-walker') }), 3);
    expect(byKey(moderate, '/falls/walker')).toBeDefined();
    expect(byKey(moderate, '/falls/supervision')).toBeUndefined();
    const high = plan(tka({ history: { fallInPast3Months: true }, conditions: [], functionalStatus: status('impaired', 'crutches-cane-walker') }), 3);
    expect(byKey(high, '/falls/walker')).toBeDefined();
    expect(byKey(high, '/falls/supervision')?.source.id).toBe('ahrq-preventing-falls-2013');
  });

  it('diabetes adds wound and glucose monitoring with the CDS 2020 targets', () => {
    const result = plan(tka({ conditions: [{ code: 'diabetes-type-2', status: 'active', onset: '2015-01-01' }] }), 2);
    expect(byKey(result, '/monitoring/wound')).toBeDefined();
    expect(byKey(result, '/monitoring/glucose')?.measure).toBe('glucose-capillary');
    const fasting = result.goals.find((goal) => goal.id.endsWith('/goal/glucose-fasting'));
    expect(fasting?.target).toEqual({ low: 4.4, high: 7.0, unit: 'mmol/L' });
    expect(result.goals.find((goal) => goal.id.endsWith('/goal/glucose-non-fasting'))?.target).toEqual({ high: 10.0, highExclusive: true, unit: 'mmol/L' });
  });

  it('lives alone: home visit; caregiver: family tasks; LACE high: contact in 48-72 h and a visit within 7 days', () => {
    const discharge = pod(4);
    const record = tka({
      social: { livesAlone: true, caregiver: { relation: 'child' } },
      conditions: [{ code: 'heart-failure', status: 'active' }, { code: 'chronic-kidney-disease', status: 'active' }, { code: 'copd', status: 'active' }],
      encounters: [
        { kind: 'inpatient', start: pod(-10), end: discharge, admission: 'emergency' },
        { kind: 'emergency', start: pod(-40) },
        { kind: 'emergency', start: pod(-60) },
      ],
    });
    const procedure = { id: 't', code: 'total-knee-arthroplasty', status: 'completed', date: SURGERY, dischargeDate: discharge };
    const result = unwrap(generatePostOpPlan({ ...record, procedures: [procedure] }, 't', pod(5)));
    expect((result.classification['risk'] as { lace: { category: string } }).lace.category).toBe('high');
    expect(byKey(result, '/visit/home-visit')?.channel).toBe('home-visit');
    expect(result.activities.filter((activity) => activity.category === 'family-task')).toHaveLength(3);
    expect(byKey(result, '/contact/early')).toMatchObject({ start: pod(6), end: pod(7), channel: 'phone' });
    expect(byKey(result, '/visit/early')?.due).toBe(pod(11));
  });

  it('preferences choose the contact channel; age 65+ defaults to phone', () => {
    const young = plan(tka({ preferences: { channel: 'sms' } }), 2);
    expect(byKey(young, '/contact/weekly')?.channel).toBe('sms');
    expect(byKey(plan(tka(), 2), '/contact/weekly')?.channel).toBe('app');
    expect(byKey(plan(tka({ birthDate: '1950-01-01' }), 2), '/contact/weekly')?.channel).toBe('phone');
  });

  it('THA precautions follow the approach and the configured duration', () => {
    const hip = (approach?: string) => minimalRecord({ id: 'h', code: 'total-hip-arthroplasty', status: 'completed', date: SURGERY, ...(approach === undefined ? {} : { approach }) });
    const keys = (result: PostOpPlan) => result.activities.filter((activity) => activity.category === 'restriction').map((activity) => activity.id.split('/').at(-1));
    const posterior = unwrap(generatePostOpPlan(hip('posterior'), 'h', pod(1)));
    expect(keys(posterior)).toEqual(['posterior-no-flexion-90', 'posterior-no-crossing', 'posterior-no-internal-rotation']);
    expect(byKey(posterior, '/restriction/early-mobilisation/posterior-no-crossing')?.end).toBe(pod(42));
    expect(keys(unwrap(generatePostOpPlan(hip('anterior'), 'h', pod(1))))).toEqual(['anterior-no-extension-rotation']);
    expect(keys(unwrap(generatePostOpPlan(hip('lateral'), 'h', pod(1))))).toContain('lateral-no-active-abduction');
    const twelve = unwrap(generatePostOpPlan(hip('posterior'), 'h', pod(1), { hipPrecautionWeeks: 12 }));
    expect(byKey(twelve, '/restriction/early-mobilisation/posterior-no-crossing')?.end).toBe(pod(84));
    const unknown = unwrap(generatePostOpPlan(hip(), 'h', pod(1)));
    expect(keys(unknown)).toEqual(keys(posterior));
    expect(unknown.warnings.some((warning) => warning.en.includes('approach'))).toBe(true);
  });

  it('before surgery: the pre-operative checklist (fast 8 h, records and medication list)', () => {
    const planned = minimalRecord({ id: 'p', code: 'laparoscopic-cholecystectomy', status: 'planned', date: pod(5) });
    const result = unwrap(generatePostOpPlan(planned, 'p', SURGERY));
    expect(result.classification['stage']).toBe('pre-operative');
    expect(byKey(result, '/checklist/fast-8h')?.due).toBe(pod(5));
    expect(byKey(result, '/checklist/bring-records')?.instructions.en).toMatch(/medical records.*medicine/);
    expect(result.phases.every((item) => item.status === 'upcoming')).toBe(true);
    expect(byKey(unwrap(generatePostOpPlan(planned, 'p', pod(6))), '/checklist/fast-8h')).toBeUndefined();
  });

  it('fever threshold: 38.0 by default, configurable', () => {
    const sign = (result: PostOpPlan) => result.redFlags.find((flag) => flag.id.endsWith('/red-flag/fever'))?.sign.en;
    expect(sign(plan(tka(), 2))).toMatch(/38\.0 °C/);
    expect(sign(unwrap(generatePostOpPlan(tka(), 't', pod(2), { feverThresholdCelsius: 38.5 })))).toMatch(/38\.5 °C/);
    const pe = plan(tka(), 2).redFlags.find((flag) => flag.id.endsWith('/red-flag/pe'));
    expect(pe).toMatchObject({ severity: 'urgent', deadline: 'PT0M' });
  });
});

describe('contracts', () => {
  it('the plan validates against CarePlanBaseSchema, is frozen, and every item has a rationale and source', () => {
    for (const asOf of ['2026-11-10', '2026-11-23', '2026-12-20', '2027-03-01']) {
      const record = kneeRecord();
      if (asOf < SURGERY) (record['procedures'] as Record<string, unknown>[])[0] = { id: 'surgery-1', code: 'total-knee-arthroplasty', status: 'planned', date: SURGERY };
      if (asOf < SURGERY) {
        delete record['observations'];
        delete record['encounters'];
        record['medications'] = [];
      }
      const result = unwrap(generatePostOpPlan(record, 'surgery-1', asOf));
      expect(CarePlanBaseSchema.safeParse(result).success).toBe(true);
      expect(deepFrozen(result)).toBe(true);
      for (const item of [...result.activities, ...result.goals, ...result.milestones, ...result.phases]) {
        expect(item.rationale.en.length > 0 && item.rationale['zh-CN'].length > 0).toBe(true);
        expect(item.source.id.length).toBeGreaterThan(0);
      }
    }
  });

  it('procedure by id, by index or as an object give the same plan', () => {
    const record = kneeRecord();
    const byId = unwrap(generatePostOpPlan(record, 'surgery-1', '2026-11-23'));
    const byIndex = unwrap(generatePostOpPlan(record, 0, '2026-11-23'));
    const object = unwrap(generatePostOpPlan(record, (record['procedures'] as unknown[])[0], '2026-11-23'));
    expect(byIndex).toEqual(byId);
    expect(object).toEqual(byId);
    expect(generatePostOpPlan(record, 3, '2026-11-23')._tag).toBe('Left');
    expect(generatePostOpPlan(record, 'nope', '2026-11-23')._tag).toBe('Left');
  });

  it('a cancelled procedure is not applicable; errors carry paths, not values', () => {
    const record = minimalRecord({ id: 'x', code: 'total-knee-arthroplasty', status: 'cancelled', date: '2026-01-01' });
    const cancelled = generatePostOpPlan(record, 'x', '2026-02-01');
    expect(cancelled._tag === 'Left' && cancelled.left.code).toBe('not-applicable');
    const bad = generatePostOpPlan({ ...kneeRecord(), name: '欧阳明月', weight: { value: -73.123, unit: 'kg' } }, 'surgery-1', '2026-11-23');
    expect(bad._tag).toBe('Left');
    expect(JSON.stringify(bad)).not.toMatch(/欧阳明月|73\.123/);
  });

  it('updating with the record\'s readings gives the plan generated at the later date', () => {
    const record = kneeRecord();
    const reading = flexion(80, 12);
    const viaUpdate = update(unwrap(generatePostOpPlan(record, 'surgery-1', '2026-11-23')), [reading], 15);
    const direct = unwrap(generatePostOpPlan({ ...record, observations: [...(record['observations'] as unknown[]), reading] }, 'surgery-1', pod(15)));
    expect(viaUpdate.milestones).toEqual(direct.milestones);
    expect(viaUpdate.phases).toEqual(direct.phases);
    expect(viaUpdate.id).toBe(direct.id);
  });
});
