import { describe, expect, it } from 'vitest';
import { DEFAULT_ESCALATION_RULES, evaluateReadings, type EscalationRule } from '../../src/schedule/index.js';
import { must, rightOf } from './helpers.js';

const asOf = '2026-11-23T09:00:00+08:00';
const reading = (code: string, value: number, effective: string, unit: string) => ({ code, value, unit, effective });
const glucose = (value: number, day = 23, time = '07:00') => reading('glucose-fasting', value, `2026-11-${day}T${time}:00+08:00`, 'mmol/L');
const fired = (readings: unknown[], options?: unknown) => rightOf(evaluateReadings(undefined, readings, asOf, options)).alerts.map((a) => a.ruleId);

describe('escalation rules on both sides of each threshold', () => {
  it('urgent glucose >= 16.7 or <= 3.9 mmol/L (NBPHS 2017)', () => {
    expect(fired([glucose(16.7)])).toContain('urgent-glucose');
    expect(fired([glucose(16.6)])).not.toContain('urgent-glucose');
    expect(fired([glucose(3.9)])).toContain('urgent-glucose');
    expect(fired([glucose(4.0)])).not.toContain('urgent-glucose');
    // mg/dL converted at the edge: 301 mg/dL = 16.72 mmol/L
    expect(fired([reading('glucose-random', 301, '2026-11-23T08:00:00+08:00', 'mg/dL')])).toContain('urgent-glucose');
    // Older than 24 h: not a current danger sign.
    expect(fired([glucose(20, 22, '08:00')])).not.toContain('urgent-glucose');
  });
  it('urgent blood pressure SBP >= 180 or DBP >= 110', () => {
    expect(fired([reading('bp-systolic', 180, '2026-11-23T08:00:00+08:00', 'mm[Hg]')])).toContain('urgent-blood-pressure');
    expect(fired([reading('bp-systolic', 179, '2026-11-23T08:00:00+08:00', 'mm[Hg]')])).not.toContain('urgent-blood-pressure');
    expect(fired([reading('bp-diastolic', 110, '2026-11-23T08:00:00+08:00', 'mm[Hg]')])).toContain('urgent-blood-pressure');
    expect(fired([reading('bp-diastolic', 109, '2026-11-23T08:00:00+08:00', 'mm[Hg]')])).not.toContain('urgent-blood-pressure');
  });
  it('urgent temperature > 39 °C and persistent tachycardia > 100/min', () => {
    expect(fired([reading('body-temperature', 39.1, '2026-11-23T08:00:00+08:00', 'Cel')])).toContain('urgent-temperature');
    expect(fired([reading('body-temperature', 39.0, '2026-11-23T08:00:00+08:00', 'Cel')])).not.toContain('urgent-temperature');
    const hr = (v: number, t: string) => reading('heart-rate', v, `2026-11-23T${t}:00+08:00`, '/min');
    expect(fired([hr(101, '07:00'), hr(104, '08:00')])).toContain('urgent-tachycardia');
    expect(fired([hr(101, '07:00'), hr(100, '08:00')])).not.toContain('urgent-tachycardia');
    expect(fired([hr(120, '07:00')])).not.toContain('urgent-tachycardia');
  });
  it('urgent danger symptoms', () => {
    expect(fired([], { symptoms: ['altered-consciousness'] })).toContain('urgent-danger-symptom');
    expect(fired([], { symptoms: ['mild-cough'] })).not.toContain('urgent-danger-symptom');
  });
  it('above target (> 7.0) on 3 consecutive days -> the health manager phones (001_...)', () => {
    expect(fired([glucose(7.8, 21), glucose(8.1, 22), glucose(7.1, 23)])).toContain('glucose-above-target-3-days');
    expect(fired([glucose(7.8, 21), glucose(7.0, 22), glucose(7.1, 23)])).not.toContain('glucose-above-target-3-days');
    expect(fired([glucose(7.8, 20), glucose(8.1, 21), glucose(7.1, 23)])).not.toContain('glucose-above-target-3-days');
  });
  it('13.9 mmol/L -> advice (004_...)', () => {
    expect(fired([glucose(13.9)])).toContain('glucose-13-9-advice');
    expect(fired([glucose(13.8)])).not.toContain('glucose-13-9-advice');
  });
  it('sleep < 5 h on 3 consecutive days -> advice and the family told (004_...)', () => {
    const sleep = (h: number, d: number) => reading('sleep-duration', h, `2026-11-${d}T07:00:00+08:00`, 'h');
    const result = rightOf(evaluateReadings(undefined, [sleep(4.5, 21), sleep(4.9, 22), sleep(4, 23)], asOf));
    expect(result.alerts[0]).toMatchObject({ ruleId: 'sleep-under-5h-3-days', actions: ['advise-patient', 'notify-family'] });
    expect(fired([sleep(4.5, 21), sleep(5, 22), sleep(4, 23)])).not.toContain('sleep-under-5h-3-days');
  });
});

describe('alerts and schedule changes', () => {
  it('deadline 2 h after asOf (004_...), urgent referral followed up within 2 weeks, most severe first', () => {
    const result = rightOf(evaluateReadings(undefined, [glucose(14.5, 21), glucose(15.0, 22), glucose(17.2, 23)], asOf));
    expect(result.alerts.map((a) => a.severity)).toEqual(['urgent', 'priority', 'advice']);
    for (const alert of result.alerts) expect(alert.deadline).toBe('2026-11-23T11:00:00+08:00');
    const referral = result.scheduleChanges.find((c) => c.ruleId === 'urgent-glucose');
    expect(referral).toMatchObject({ urgent: true, due: '2026-11-23', window: { earliest: '2026-11-23', latest: '2026-12-07' }, channel: 'phone' });
    const call = result.scheduleChanges.find((c) => c.ruleId === 'glucose-above-target-3-days');
    expect(call).toMatchObject({ urgent: false, due: '2026-11-23', channel: 'phone' });
  });
  it('rules are data: hosts extend the defaults', () => {
    const weight: EscalationRule = {
      id: 'weight-gain',
      when: { '>': [{ max_of: [{ readings: ['body-weight', 3] }] }, 80] },
      severity: 'priority',
      actions: ['doctor-consultation'],
      reason: { 'zh-CN': '体重增加', en: 'Weight gain' },
      source: { kind: 'carepath', id: 'host', title: 'host rule' },
    };
    const result = rightOf(evaluateReadings([...DEFAULT_ESCALATION_RULES, weight], [reading('body-weight', 81, '2026-11-23T07:00:00+08:00', 'kg')], asOf));
    expect(result.alerts.map((a) => a.ruleId)).toEqual(['weight-gain']);
    expect(result.alerts[0]?.deadline).toBeUndefined();
  });
  it('rejects an unsafe rule document and a reading without offset, by path', () => {
    const bad = evaluateReadings([{ ...must(DEFAULT_ESCALATION_RULES[0]), when: { log: 1 } }], [], asOf);
    expect(bad._tag).toBe('Left');
    const noOffset = evaluateReadings(undefined, [{ code: 'glucose-fasting', value: 9.87654, unit: 'mmol/L', effective: '2026-11-23T07:00:00' }], asOf);
    expect(noOffset._tag).toBe('Left');
    if (noOffset._tag === 'Left') expect(noOffset.left.message).not.toContain('9.87654');
  });
});
