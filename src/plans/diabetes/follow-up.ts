import type { PatientRecord } from '../../model/patient-record.js';
import { DEFAULT_INTENSITY } from '../../schedule/intensity.js';
import type { EscalationRule, FollowUpPolicy, FollowUpSeries } from '../../schedule/follow-up-policy.js';
import type { DiabetesClassification } from './classify.js';
import type { Programme } from './programme.js';
import { SOURCES } from './sources.js';

const month = (value: number) => ({ value, unit: 'month' as const });

/**
 * The diabetes plan's follow-up policy for the scheduler: the programme's cadence (new diagnosis:
 * weekly for a month then monthly for 6; stable: quarterly, at least 4 a year; prediabetes: 3
 * months; complications or older multimorbid: monthly; GDM: every 2 weeks) plus the service
 * package's own contacts (premium: monthly home glucose check and quarterly dietitian visit,
 * 001_175e5153b43beeec.txt; older diabetic package: monthly home visit, 000_71735d5778d29d68.txt 04.2).
 *
 * @internal
 */
export function diabetesFollowUpPolicy(planSlug: string, record: PatientRecord, c: DiabetesClassification, programme: Programme, escalation: readonly EscalationRule[], insurancePackage = false): FollowUpPolicy {
  const series: FollowUpSeries[] = [];
  switch (programme) {
    case 'prevention':
      series.push(DEFAULT_INTENSITY.prediabetes);
      break;
    case 'new-diagnosis':
      series.push(DEFAULT_INTENSITY['new-diagnosis']);
      break;
    case 'complication-care':
    case 'older-multimorbid':
      // 003_2e90203f66327890.txt: chronic patients monthly; more frequent review with complications.
      series.push(DEFAULT_INTENSITY.chronic);
      break;
    case 'gestational':
      series.push({
        id: 'gestational-every-2-weeks',
        anchor: { kind: 'last-contact' },
        cadence: { kind: 'every', every: { value: 2, unit: 'week' } },
        window: { before: 2, after: 2 },
        purpose: { en: 'Gestational diabetes: review glucose log every 2 weeks', 'zh-CN': '妊娠期糖尿病：每 2 周复核血糖记录' },
        // Targets not met after 1-2 weeks of nutrition therapy call for insulin (ADA 2025 section 15),
        // so the log is reviewed every 2 weeks.
        source: SOURCES.ada2025Pregnancy,
      });
      break;
    default:
      series.push(DEFAULT_INTENSITY['diabetes-stable']);
  }
  const pkg = record.servicePackage;
  // 000_71735d5778d29d68.txt 04.2: the older diabetic's package has a monthly home follow-up
  // visit; 001_175e5153b43beeec.txt: the premium package a monthly home glucose check. One monthly
  // home visit does all of it: when the programme's own cadence is monthly it becomes that visit.
  const olderAtHome = c.age >= 65 && (record.social?.digitalAccess === 'none' || record.social?.digitalAccess === 'limited' || record.preferences?.channel === 'home-visit');
  const premium = pkg === 'premium';
  if (olderAtHome || premium) {
    const monthly = series.findIndex((entry) => entry.cadence.kind === 'every' && entry.cadence.every.unit === 'month' && entry.cadence.every.value === 1);
    const extra = premium ? { en: ' at home, with a glucose check (premium package)', 'zh-CN': '（上门，含血糖检测，高端服务包）' } : { en: ' at home (family-doctor home visit)', 'zh-CN': '（家庭医生上门）' };
    const current = series[monthly];
    if (current !== undefined) {
      series[monthly] = { ...current, channel: 'home-visit', purpose: { en: `${current.purpose.en}${extra.en}`, 'zh-CN': `${current.purpose['zh-CN']}${extra['zh-CN']}` } };
    } else {
      series.push({
        id: premium ? 'premium-home-glucose' : 'older-home-visit',
        anchor: { kind: 'last-contact' },
        cadence: { kind: 'every', every: month(1) },
        window: { before: 7, after: 7 },
        purpose: premium ? { en: 'Premium package: monthly home glucose check', 'zh-CN': '高端服务包：每月上门血糖检测' } : { en: 'Family-doctor home visit every month', 'zh-CN': '家庭医生每月上门随访' },
        channel: 'home-visit',
        source: premium ? SOURCES.seedPackages : SOURCES.seedOlderPackage,
      });
    }
  }
  if (premium) {
    series.push({
      id: 'premium-dietitian',
      anchor: { kind: 'last-contact' },
      cadence: { kind: 'every', every: month(3) },
      window: { before: 14, after: 14 },
      purpose: { en: 'Premium package: quarterly dietitian home visit', 'zh-CN': '高端服务包：每季度营养师上门' },
      channel: 'home-visit',
      source: SOURCES.seedPackages,
    });
  }
  // The standard package's quarterly follow-up (001_175e5153b43beeec.txt) is met by every
  // programme cadence above, all of which are at least quarterly.
  if (insurancePackage) {
    // 000_71735d5778d29d68.txt: the insurance-paid diabetes package (1200 a year) covers 4 glucose
    // tests, 12 follow-ups and 2 nutrition consultations a year.
    const monthly = series.some((entry) => entry.cadence.kind === 'every' && entry.cadence.every.unit === 'month' && entry.cadence.every.value === 1);
    if (!monthly) {
      series.push({
        id: 'insurance-follow-up',
        anchor: { kind: 'last-contact' },
        cadence: { kind: 'every', every: month(1) },
        window: { before: 7, after: 7 },
        purpose: { en: 'Insurance package: monthly follow-up (12 a year)', 'zh-CN': '医保服务包：每月随访（每年12次）' },
        source: SOURCES.seedInsurance,
      });
    }
    series.push(
      {
        id: 'insurance-glucose-test',
        anchor: { kind: 'last-contact' },
        cadence: { kind: 'every', every: month(3) },
        window: { before: 14, after: 14 },
        purpose: { en: 'Insurance package: glucose test (4 a year)', 'zh-CN': '医保服务包：血糖检测（每年4次）' },
        source: SOURCES.seedInsurance,
      },
      {
        id: 'insurance-nutrition',
        anchor: { kind: 'last-contact' },
        cadence: { kind: 'every', every: month(6) },
        window: { before: 30, after: 30 },
        purpose: { en: 'Insurance package: nutrition consultation (2 a year)', 'zh-CN': '医保服务包：营养咨询（每年2次）' },
        source: SOURCES.seedInsurance,
      },
    );
  }
  return {
    id: `${planSlug}-follow-up`,
    title: { en: 'Diabetes follow-up', 'zh-CN': '糖尿病随访' },
    series: dedupe(series),
    escalation: [...escalation],
    ...(record.preferences?.timeZone === undefined ? {} : { timeZone: record.preferences.timeZone }),
    ...(pkg === undefined ? {} : { servicePackage: pkg }),
    source: [SOURCES.publicHealthNorm, SOURCES.seedProgrammes],
  };
}

function dedupe(series: readonly FollowUpSeries[]): FollowUpSeries[] {
  const seen = new Set<string>();
  return series.filter((entry) => (seen.has(entry.id) ? false : (seen.add(entry.id), true)));
}
