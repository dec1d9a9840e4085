import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as carepath from '../../src/index.js';
import { anyValue, nearValidRecord, plantedRecord, plantedTexts, PLANTED } from '../support/arbitraries.js';

/**
 * Every function the package exports, with how to call it with arbitrary input. A new export
 * that is not listed here fails the first test, so the contracts cover the whole public API.
 */
const calls: Record<string, (args: readonly unknown[]) => unknown> = {
  ageAt: ([a, b]) => carepath.ageAt(a as string, b as string),
  careError: ([a, b, c]) => carepath.careError(a as carepath.CareErrorCode, b as string, c as carepath.CareIssue[]),
  formatPath: ([a]) => carepath.formatPath(a as string[]),
  isLeft: ([a]) => carepath.isLeft(a as carepath.Either<unknown, unknown>),
  isRight: ([a]) => carepath.isRight(a as carepath.Either<unknown, unknown>),
  left: ([a]) => carepath.left(a),
  right: ([a]) => carepath.right(a),
  describeErrorCode: ([a, b]) => carepath.describeErrorCode(a as carepath.CareErrorCode, b as carepath.Language),
  describeIssue: ([a, b]) => carepath.describeIssue(a as carepath.CareIssue, b as carepath.Language),
  messageKeys: () => carepath.messageKeys(),
  translate: ([a, b, c]) => carepath.translate(a as carepath.Language, b as 'language.en', c as never),
  instantToEpochMs: ([a]) => carepath.instantToEpochMs(a),
  parseIsoDate: ([a]) => carepath.parseIsoDate(a),
  isTimeZone: ([a]) => carepath.isTimeZone(a as string),
  localDateOf: ([a, b]) => carepath.localDateOf(a as string, b as string),
  localDateTimeOf: ([a, b]) => carepath.localDateTimeOf(a as string, b as string),
  // The third argument is the developer's label for the input, not patient data.
  validate: ([a]) => carepath.validate(carepath.PatientRecordSchema, a, 'Record'),
  inputJsonSchema: ([a]) => carepath.inputJsonSchema(a as carepath.SchemaName),
  toCanonical: ([a, b, c]) => carepath.toCanonical(a as carepath.QuantityKind, b as number, c as string),
  fromCanonical: ([a, b, c]) => carepath.fromCanonical(a as carepath.QuantityKind, b as number, c as string),
  validatePatientRecord: ([a, b]) => carepath.validatePatientRecord(a, b as carepath.ValidatePatientRecordOptions),
  assess: ([a, b, c]) => carepath.assess(a, b as string, c as carepath.AssessOptions),
  findrisc: ([a]) => carepath.findrisc(a),
  cdrs: ([a]) => carepath.cdrs(a),
  adaRiskTest: ([a]) => carepath.adaRiskTest(a),
  seedDiabetesRisk: ([a]) => carepath.seedDiabetesRisk(a),
  pooledCohort: ([a]) => carepath.pooledCohort(a),
  chinaPar: ([a]) => carepath.chinaPar(a),
  ckdEpi2021: ([a]) => carepath.ckdEpi2021(a),
  kdigo: ([a]) => carepath.kdigo(a),
  glucoseVariability: ([a]) => carepath.glucoseVariability(a),
  iwgdfFoot: ([a]) => carepath.iwgdfFoot(a),
  lace: ([a]) => carepath.lace(a),
  hospitalScore: ([a]) => carepath.hospitalScore(a),
  caprini: ([a, b]) => carepath.caprini(a, b as carepath.CapriniOptions),
  morseFall: ([a, b]) => carepath.morseFall(a, b as carepath.MorseFallOptions),
  compileRule: ([a, b]) => carepath.compileRule(a, b as carepath.RuleLimits),
  evaluateRule: ([a, b, c]) => carepath.evaluateRule(a as carepath.CompiledRule, b, c as carepath.EvaluateRuleOptions),
  validateMachine: ([a]) => carepath.validateMachine(a),
  startEpisode: ([a, b]) => carepath.startEpisode(a as carepath.MachineDefinition, b as never),
  applyEvent: ([a, b, c, d]) => carepath.applyEvent(a as carepath.MachineDefinition, b as carepath.Episode, c as never, d as never),
  availableEvents: ([a, b]) => carepath.availableEvents(a as carepath.MachineDefinition, b as carepath.Episode),
  replay: ([a, b, c]) => carepath.replay(a as carepath.MachineDefinition, b as never, c as never),
  toMermaid: ([a]) => carepath.toMermaid(a as carepath.MachineDefinition),
  durationToMs: ([a]) => carepath.durationToMs(a as string),
  cadenceToRRule: ([a, b]) => carepath.cadenceToRRule(a, b),
  evaluateReadings: ([a, b, c, d]) => carepath.evaluateReadings(a, b, c, d),
  expandCadence: ([a, b, c]) => carepath.expandCadence(a, b, c),
  followUpPolicyFor: ([a, b]) => carepath.followUpPolicyFor(a, b),
  followUpStatus: ([a, b, c]) => carepath.followUpStatus(a, b, c),
  levelCapacity: ([a, b]) => carepath.levelCapacity(a, b),
  localTimeToInstant: ([a, b, c]) => carepath.localTimeToInstant(a, b, c),
  nextFollowUp: ([a, b, c]) => carepath.nextFollowUp(a, b, c),
  overdueList: ([a, b, c]) => carepath.overdueList(a, b, c),
  scheduleFollowUps: ([a, b, c]) => carepath.scheduleFollowUps(a, b, c),
  toICalendar: ([a, b]) => carepath.toICalendar(a, b),
  generateDiabetesPlan: ([a, b, c]) => carepath.generateDiabetesPlan(a, b as string, c as carepath.DiabetesPlanOptions),
  diffPlans: ([a, b]) => carepath.diffPlans(a, b),
  generatePostOpPlan: ([a, b, c, d]) => carepath.generatePostOpPlan(a, b, c, d),
  updatePostOpPlan: ([a, b, c]) => carepath.updatePostOpPlan(a, b, c),
  validateProtocol: ([a]) => carepath.validateProtocol(a),
  postOpFollowUpPolicy: ([a]) => carepath.postOpFollowUpPolicy(a),
  requiredRedFlags: ([a]) => carepath.requiredRedFlags(a as carepath.ProcedureCode),
  generateCheckupPlan: ([a, b, c, d]) => carepath.generateCheckupPlan(a, b, c as string, d as carepath.CheckupPlanOptions),
  checkupFacts: ([a, b, c]) => carepath.checkupFacts(a, b as string, c as never),
  validateScreeningRules: ([a]) => carepath.validateScreeningRules(a),
};

/** Functions whose results may legitimately hold what they were given (constructors). */
const echoes = new Set(['left', 'right', 'careError']);

const isZodSchema = (value: unknown) => typeof value === 'object' && value !== null && '_zod' in value;

function badNumbers(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'number' && !Number.isFinite(value)) return ['non-finite number'];
  if (typeof value === 'string' && /Invalid Date|NaN/.test(value)) return [`suspicious text ${value}`];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.values(value).flatMap((child) => badNumbers(child, seen));
}

function allFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Object.values(value).every((child) => allFrozen(child, seen));
}

function snapshot(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) as string | undefined;
    return text ?? 'undefined';
  } catch {
    return 'unserialisable';
  }
}

const callArgs = fc.array(fc.oneof(anyValue, nearValidRecord, fc.constantFrom('2026-03-01', '2026-03-01T08:00:00+08:00', 'Asia/Shanghai', 'en', 'zh-CN', 'glucose', 'mg/dL')), { maxLength: 3 });

const RUNS = Number(process.env['CAREPATH_FUZZ_RUNS'] ?? 150);

describe('the public API', () => {
  const exported = Object.entries(carepath).filter(([, value]) => typeof value === 'function' && !isZodSchema(value));

  it('is fully registered for the contract tests', () => {
    expect(exported.map(([name]) => name).sort()).toEqual(Object.keys(calls).sort());
  });

  describe.each(Object.keys(calls))('%s', (name) => {
    const call = calls[name] as (args: readonly unknown[]) => unknown;

    it('never throws, never mutates or freezes its input, and is deterministic', () => {
      fc.assert(
        fc.property(callArgs, (args) => {
          const before = args.map(snapshot);
          const first = call(args);
          const second = call(args);
          expect(args.map(snapshot)).toEqual(before);
          for (const arg of args) {
            if (typeof arg === 'object' && arg !== null && !echoes.has(name)) expect(Object.isFrozen(arg)).toBe(false);
          }
          expect(snapshot(second)).toBe(snapshot(first));
        }),
        { numRuns: RUNS },
      );
    });

    it('returns frozen, finite, JSON-safe Rights and value-free Lefts', () => {
      fc.assert(
        fc.property(callArgs, (args) => {
          const result = call(args);
          if (!carepath.isLeft(result as carepath.Either<unknown, unknown>) && !carepath.isRight(result as carepath.Either<unknown, unknown>)) return;
          if (echoes.has(name)) return;
          const either = result as carepath.Either<carepath.CareError, unknown>;
          if (either._tag === 'Right') {
            expect(allFrozen(either.right)).toBe(true);
            expect(badNumbers(either.right)).toEqual([]);
            expect(JSON.parse(JSON.stringify(either.right))).toEqual(either.right);
          } else {
            expect(carepath.CareErrorSchema.safeParse(either.left).success).toBe(true);
            expect(allFrozen(either.left)).toBe(true);
            const text = snapshot(either.left);
            for (const planted of plantedTexts) expect(text).not.toContain(planted);
          }
        }),
        { numRuns: RUNS },
      );
    });
  });
});

describe('error messages never carry personal values', () => {
  it('for any single broken field of a record holding planted values', () => {
    fc.assert(
      fc.property(nearValidRecord, (record) => {
        const result = carepath.validatePatientRecord(record, { asOf: '2026-11-23' });
        if (result._tag === 'Right') return;
        const text = JSON.stringify(result.left);
        for (const planted of plantedTexts) expect(text).not.toContain(planted);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('even when the planted values sit where a value is wrong', () => {
    const record = plantedRecord();
    const broken = {
      ...record,
      birthDate: PLANTED.date.replace('06-05', '02-30'),
      sex: PLANTED.name,
      weight: { value: -PLANTED.weight, unit: PLANTED.phone },
      nationalId: PLANTED.nationalId.slice(0, 17) + '0',
      region: { country: PLANTED.phone },
      [PLANTED.name]: PLANTED.nationalId,
    };
    const result = carepath.validatePatientRecord(broken);
    expect(result._tag).toBe('Left');
    const text = JSON.stringify(result);
    for (const planted of [...plantedTexts, String(-PLANTED.weight), '1987-02-30']) expect(text).not.toContain(planted);
  });
});
