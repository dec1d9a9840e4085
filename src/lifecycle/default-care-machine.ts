import { deepFreeze } from '../core/freeze.js';
import type { JsonValue } from '../rules/index.js';
import type { EffectTemplate } from './effect.js';
import type { Assignment, MachineDefinition, StateDefinition, Transition } from './machine-definition.js';

// Sources, cited where their numbers are used:
// - 000_71735d5778d29d68.txt section 05.1: new diabetes diagnosis -> in-patient MDT assessment, then
//   1 month of intensive follow-up after discharge; prediabetes follow-up at 3 months; 04.2: older
//   patients get a monthly home follow-up visit.
// - 003_2e90203f66327890.txt: the five stages; rehabilitation milestones at 1 week, 1 month and
//   3 months; layered long-term follow-up (chronic: monthly; well recovered: quarterly).
// - 002_940d10ef3e0c7105.txt, 001_175e5153b43beeec.txt, 004_eccb0a9eec47fd06.txt: two-way referral,
//   recovery back to the community.
// - China National Basic Public Health Service Norm, 3rd ed. (NHC 2017), type 2 diabetes
//   management: danger signs -> urgent referral; first unsatisfactory control or
//   adverse reaction -> follow up within 2 weeks; two consecutive unsatisfactory visits or a
//   new/worse complication -> refer up, follow up the referral within 2 weeks.
// - AHRQ Project RED (Re-Engineered Discharge), module 1: post-discharge phone call
//   within 48-72 hours.

const MS_PER_DAY = 86_400_000;

/** Counters and limits the guards read; a host overrides the limits per episode through startEpisode's context. */
const initialContext = {
  missedContacts: 0,
  // Lost to follow-up after this many consecutive missed contacts: carepath's choice. No seed or
  // guideline gives a count; 3 makes one or two missed contacts (holidays, illness) recoverable by
  // the care team's ordinary recall before the episode is flagged.
  missedContactLimit: 3,
  // Lost to follow-up after this many days without contact of any kind: carepath's choice of 12
  // months (365 days), anchored on the NBPHS Norm 3rd ed. 2017: at least 4
  // face-to-face follow-ups and one health examination a year, so a year without any contact means
  // every required visit was missed.
  noContactDaysLimit: 365,
  unsatisfactoryVisits: 0,
} as const;

const v = (path: string): JsonValue => ({ var: path });
const is = (path: string, value: string): JsonValue => ({ '==': [v(path), value] });

/** Any contact resets the missed-contact count and restarts the no-contact clock. */
const contactMade: readonly Assignment[] = [
  { set: 'missedContacts', value: 0 },
  { set: 'lastContactAtMs', rule: v('event.atMs') },
];

const notify = (audience: 'care-team' | 'family-doctor' | 'hospital', topic: string, urgency: 'routine' | 'urgent' = 'routine'): EffectTemplate => ({
  type: 'notify',
  audience,
  topic,
  urgency,
});

// NBPHS Norm 3rd ed. 2017, type 2 diabetes: follow up the referral within 2 weeks.
const openReferral = (urgency: 'routine' | 'urgent'): EffectTemplate => ({
  type: 'open-referral',
  direction: 'up',
  urgency,
  followUpWithin: 'P14D',
  source: 'NBPHS Norm 3rd ed. 2017, type 2 diabetes management: follow up a referral within 2 weeks',
});

// AHRQ Project RED module 1: post-discharge call within 48-72 hours.
const postDischargeCall: EffectTemplate = {
  type: 'schedule-contact',
  purpose: 'post-discharge-call',
  within: 'PT48H',
  latest: 'PT72H',
  channel: 'phone',
  source: 'AHRQ Project RED, module 1: post-discharge phone call within 48-72 hours',
};

/** Referral up to hospital, urgent or routine (payload `urgency`). */
const referUp: readonly Transition[] = [
  { target: 'at-hospital', priority: 2, guard: is('event.payload.urgency', 'urgent'), effects: [openReferral('urgent'), notify('hospital', 'urgent-referral', 'urgent')], assign: contactMade },
  { target: 'at-hospital', priority: 1, effects: [openReferral('routine'), notify('hospital', 'referral')], assign: contactMade },
];

/** Danger signs (NBPHS Norm 2017) go straight up; other deterioration back to treatment. */
const deteriorate = (nonUrgentTarget: string): readonly Transition[] => [
  {
    target: 'at-hospital',
    priority: 2,
    guard: is('event.payload.severity', 'urgent'),
    effects: [openReferral('urgent'), notify('care-team', 'deterioration-urgent-referral', 'urgent')],
  },
  { target: nonUrgentTarget, priority: 1, effects: [notify('care-team', 'deterioration', 'urgent')] },
];

/** Missed contacts are counted; at the limit the episode is lost to follow-up (never silent). */
const missed = (state: string): readonly Transition[] => [
  {
    target: 'lost-to-follow-up',
    priority: 1,
    guard: { '>=': [{ '+': [v('context.missedContacts'), 1] }, v('context.missedContactLimit')] },
    assign: [{ set: 'missedContacts', rule: { '+': [v('context.missedContacts'), 1] } }],
  },
  {
    target: state,
    priority: 0,
    assign: [{ set: 'missedContacts', rule: { '+': [v('context.missedContacts'), 1] } }],
    effects: [notify('care-team', 'missed-follow-up')],
  },
];

/** A host's periodic review: no contact of any kind for noContactDaysLimit days -> lost to follow-up. */
const inactivity: readonly Transition[] = [
  {
    target: 'lost-to-follow-up',
    guard: {
      '>=': [{ '-': [v('event.atMs'), { var: ['context.lastContactAtMs', 0] }] }, { '*': [v('context.noContactDaysLimit'), MS_PER_DAY] }],
    },
  },
];

/** A completed follow-up that only records the contact. */
const contact = (state: string): readonly Transition[] => [{ target: state, assign: contactMade }];

/**
 * The diabetes follow-up classification of the NBPHS Norm 3rd ed. 2017:
 * satisfactory -> next routine visit; first unsatisfactory control or adverse reaction -> revisit
 * within 2 weeks; two consecutive unsatisfactory visits or a new/worse complication -> refer up,
 * follow the referral up within 2 weeks.
 */
const classifiedFollowUp = (state: string): readonly Transition[] => [
  {
    target: 'at-hospital',
    priority: 3,
    guard: {
      or: [
        is('event.payload.outcome', 'complication'),
        { and: [{ in: [v('event.payload.outcome'), ['unsatisfactory', 'adverse-reaction']] }, { '>=': [v('context.unsatisfactoryVisits'), 1] }] },
      ],
    },
    assign: [...contactMade, { set: 'unsatisfactoryVisits', value: 0 }],
    effects: [openReferral('routine'), notify('family-doctor', 'referral-after-unsatisfactory-control')],
  },
  {
    target: state,
    priority: 2,
    guard: { in: [v('event.payload.outcome'), ['unsatisfactory', 'adverse-reaction']] },
    assign: [...contactMade, { set: 'unsatisfactoryVisits', rule: { '+': [v('context.unsatisfactoryVisits'), 1] } }],
    effects: [
      {
        type: 'schedule-revisit',
        purpose: 'unsatisfactory-control',
        within: 'P14D',
        priority: 'priority',
        source: 'NBPHS Norm 3rd ed. 2017, type 2 diabetes management: follow up within 2 weeks',
      },
    ],
  },
  { target: state, priority: 1, assign: [...contactMade, { set: 'unsatisfactoryVisits', value: 0 }] },
];

/** Screening results: known disease -> long-term follow-up, suspected -> diagnosis, else `otherwise`. */
const screened = (otherwise: string): readonly Transition[] => [
  { target: 'long-term-follow-up', priority: 3, guard: is('event.payload.result', 'known-disease'), assign: contactMade },
  { target: 'diagnosis', priority: 2, guard: is('event.payload.result', 'suspected-disease'), assign: contactMade },
  { target: otherwise, priority: 1, assign: contactMade },
];

const stageEntry: readonly EffectTemplate[] = [{ type: 'regenerate-plan', reason: 'stage-entered' }];
const closing = (reason: string): readonly EffectTemplate[] => [{ type: 'cancel-follow-ups', reason }];

const states: Record<string, StateDefinition> = {
  enrolment: {
    type: 'stage',
    description: 'Family-doctor contract being set up (first contact at primary care, 002_940d10ef3e0c7105.txt).',
    stage: { plan: 'none', followUp: 'none' },
    on: { 'contract-signed': [{ target: 'screening', assign: contactMade }] },
  },
  screening: {
    type: 'stage',
    description: 'Risk screening (prevention stage, 003_2e90203f66327890.txt).',
    stage: { plan: 'checkup', followUp: 'none' },
    entry: stageEntry,
    on: { 'screening-completed': screened('prevention'), 'follow-up-missed': missed('screening'), 'inactivity-reviewed': inactivity },
  },
  prevention: {
    type: 'stage',
    description: 'Prevention and health education for the healthy, the high-risk and the early chronic (003_2e90203f66327890.txt).',
    // 000_71735d5778d29d68.txt section 05.1: the high-risk (prediabetes) are followed up at 3 months.
    stage: { plan: 'checkup', followUp: { every: 'P3M', source: '000_71735d5778d29d68.txt section 05.1: prediabetes follow-up at 3 months' } },
    entry: stageEntry,
    on: {
      'screening-completed': screened('prevention'),
      'symptoms-reported': [{ target: 'diagnosis', assign: contactMade, effects: [notify('care-team', 'priority-booking')] }],
      'follow-up-completed': contact('prevention'),
      'follow-up-missed': missed('prevention'),
      'inactivity-reviewed': inactivity,
      'referred-up': referUp,
      'goals-met': [{ target: 'closed-goals-met' }],
    },
  },
  diagnosis: {
    type: 'stage',
    description: 'Diagnosis and shared treatment decision (003_2e90203f66327890.txt).',
    stage: { plan: 'none', followUp: 'none' },
    entry: stageEntry,
    on: {
      'treatment-decided': [
        { target: 'treatment', priority: 5, guard: { in: [v('event.payload.pathway'), ['intensive-management', 'surgery']] }, assign: contactMade },
        { target: 'long-term-follow-up', priority: 4, guard: is('event.payload.pathway', 'stable-chronic'), assign: contactMade },
        { target: 'palliative-care', priority: 3, guard: is('event.payload.pathway', 'palliative'), assign: contactMade },
        { target: 'prevention', priority: 2, guard: is('event.payload.pathway', 'no-disease'), assign: contactMade },
      ],
      'referred-up': referUp,
      'follow-up-missed': missed('diagnosis'),
      'inactivity-reviewed': inactivity,
    },
  },
  treatment: {
    type: 'stage',
    description: 'Treatment; for a new diabetes diagnosis, in-patient MDT assessment then intensive management.',
    // 000_71735d5778d29d68.txt section 05.1: 1 month of intensive follow-up after discharge.
    stage: { plan: 'diabetes', followUp: { for: 'P1M', source: '000_71735d5778d29d68.txt section 05.1: 1 month of intensive follow-up after discharge' } },
    entry: stageEntry,
    on: {
      discharged: [{ target: 'treatment', assign: contactMade, effects: [postDischargeCall, notify('family-doctor', 'discharged')] }],
      'treatment-completed': [
        { target: 'rehabilitation', priority: 2, guard: is('event.payload.next', 'rehabilitation'), assign: contactMade },
        { target: 'long-term-follow-up', priority: 1, assign: contactMade },
      ],
      'follow-up-completed': classifiedFollowUp('treatment'),
      'follow-up-missed': missed('treatment'),
      'inactivity-reviewed': inactivity,
      'deterioration-detected': deteriorate('treatment'),
      'referred-up': referUp,
      'palliative-care-started': [{ target: 'palliative-care', assign: contactMade }],
    },
  },
  rehabilitation: {
    type: 'stage',
    description: 'Rehabilitation after acute care or surgery (003_2e90203f66327890.txt).',
    // 003_2e90203f66327890.txt: milestone content at 1 week, 1 month and 3 months after surgery.
    stage: { plan: 'postop', followUp: { milestones: ['P1W', 'P1M', 'P3M'], source: '003_2e90203f66327890.txt: milestones at 1 week, 1 month, 3 months' } },
    entry: stageEntry,
    on: {
      'rehabilitation-completed': [{ target: 'long-term-follow-up', assign: contactMade }],
      'follow-up-completed': contact('rehabilitation'),
      'follow-up-missed': missed('rehabilitation'),
      'inactivity-reviewed': inactivity,
      'deterioration-detected': deteriorate('treatment'),
      'referred-up': referUp,
      'palliative-care-started': [{ target: 'palliative-care', assign: contactMade }],
      'goals-met': [{ target: 'closed-goals-met' }],
    },
  },
  'long-term-follow-up': {
    type: 'stage',
    description: 'Long-term follow-up and care: chronic, recovered and elderly patients (003_2e90203f66327890.txt).',
    // 003_2e90203f66327890.txt: chronic patients monthly (the seed's number is the default of the
    // Chinese profile); NBPHS Norm 2017 requires at least 4 face-to-face visits a year.
    stage: { plan: 'diabetes', followUp: { every: 'P1M', source: '003_2e90203f66327890.txt: chronic patients monthly (NBPHS Norm 2017: at least quarterly)' } },
    entry: stageEntry,
    on: {
      'follow-up-completed': classifiedFollowUp('long-term-follow-up'),
      'follow-up-missed': missed('long-term-follow-up'),
      'inactivity-reviewed': inactivity,
      'deterioration-detected': deteriorate('treatment'),
      'referred-up': referUp,
      'palliative-care-started': [{ target: 'palliative-care', assign: contactMade }],
      'goals-met': [{ target: 'closed-goals-met' }],
    },
  },
  'at-hospital': {
    type: 'referral',
    description: 'Referred up to hospital; referred down, the patient returns to the stage left (002_940d10ef3e0c7105.txt).',
    on: {
      'referred-down': [
        { target: 'rehabilitation', priority: 5, guard: is('event.payload.continueIn', 'rehabilitation') },
        { target: 'treatment', priority: 4, guard: is('event.payload.continueIn', 'treatment') },
        { target: 'long-term-follow-up', priority: 3, guard: is('event.payload.continueIn', 'long-term-follow-up') },
        { target: 'palliative-care', priority: 2, guard: is('event.payload.continueIn', 'palliative-care') },
        { target: 'long-term-follow-up', priority: 1, history: true, description: 'back to the stage the patient left' },
      ].map((transition) => ({
        ...transition,
        assign: contactMade,
        effects: [{ type: 'close-referral', direction: 'up' }, postDischargeCall, notify('family-doctor', 'referred-down')],
      })),
    },
  },
  'lost-to-follow-up': {
    type: 'status',
    description: 'No follow-up for too long; made visible to the care team, recoverable (000_71735d5778d29d68.txt section 03.1).',
    entry: [notify('care-team', 'lost-to-follow-up', 'urgent')],
    on: {
      're-engaged': [{ target: 'long-term-follow-up', history: true, assign: contactMade, effects: [notify('care-team', 're-engaged')] }],
    },
  },
  'palliative-care': {
    type: 'stage',
    description: 'Symptom control and quality of life for the elderly with multimorbidity (000_71735d5778d29d68.txt section 05.1).',
    // 000_71735d5778d29d68.txt section 04.2: monthly home follow-up visit for older patients.
    stage: { plan: 'none', followUp: { every: 'P1M', source: '000_71735d5778d29d68.txt section 04.2: monthly home follow-up visit' } },
    entry: stageEntry,
    on: {
      'follow-up-completed': contact('palliative-care'),
      'follow-up-missed': missed('palliative-care'),
      'deterioration-detected': deteriorate('palliative-care'),
      'referred-up': referUp,
    },
  },
  'closed-goals-met': { type: 'terminal', closure: 'goals-met', entry: closing('goals-met') },
  'closed-transferred': { type: 'terminal', closure: 'transferred', entry: closing('transferred') },
  'closed-declined': { type: 'terminal', closure: 'declined', entry: closing('declined') },
  died: { type: 'terminal', closure: 'died', entry: closing('died') },
};

const oneOf = (...values: string[]) => ({ type: 'string' as const, values });

/**
 * carepath's default care-episode machine, as data: the five stages of the patient journey
 * (`003_2e90203f66327890.txt`) with enrolment under a family-doctor contract, screening,
 * prevention and education, diagnosis and treatment decision, treatment (intensive management for a
 * new diagnosis), rehabilitation, long-term follow-up; two-way referral up to hospital and back down
 * to the stage left; deterioration; loss to follow-up (3 consecutive missed contacts or 365 days
 * without contact, both carepath's choices, configurable through the episode context) and
 * re-engagement; palliative care; closure (goals met, transferred, declined) and death.
 *
 * Every number cites its source in `docs/lifecycle.md` and in the effects' `source` field.
 *
 * @example
 * ```ts
 * Object.keys(defaultCareMachine.states).length; // => 14
 * defaultCareMachine.states['long-term-follow-up']?.stage;
 * // => { plan: 'diabetes', followUp: { every: 'P1M', source: '003_2e90203f66327890.txt: ...' } }
 * ```
 * @category Lifecycle
 */
export const defaultCareMachine: MachineDefinition = /* @__PURE__ */ deepFreeze({
  id: 'carepath-care-episode',
  version: '1.0.0',
  description: 'carepath default care episode: stages, two-way referral, loss to follow-up, palliative care, closure',
  initial: 'enrolment',
  context: initialContext,
  events: {
    'contract-signed': { description: 'The family-doctor contract is signed.' },
    'screening-completed': { payload: { result: oneOf('low-risk', 'high-risk', 'suspected-disease', 'known-disease') } },
    'symptoms-reported': { payload: { note: { type: 'string', optional: true } } },
    'treatment-decided': { payload: { pathway: oneOf('intensive-management', 'surgery', 'stable-chronic', 'palliative', 'no-disease') } },
    discharged: { description: 'Discharged from the in-patient part of treatment.' },
    'treatment-completed': { payload: { next: oneOf('rehabilitation', 'long-term-follow-up') } },
    'rehabilitation-completed': {},
    'follow-up-completed': { payload: { outcome: oneOf('satisfactory', 'unsatisfactory', 'adverse-reaction', 'complication') } },
    'follow-up-missed': { payload: { contactId: { type: 'string', optional: true } } },
    'inactivity-reviewed': { description: 'The host reviews the episode for inactivity (for example in a nightly sweep).' },
    'deterioration-detected': { payload: { severity: oneOf('urgent', 'non-urgent') } },
    'referred-up': { payload: { urgency: oneOf('urgent', 'routine') } },
    'referred-down': { payload: { continueIn: { ...oneOf('stage-left', 'treatment', 'rehabilitation', 'long-term-follow-up', 'palliative-care'), optional: true } } },
    're-engaged': {},
    'palliative-care-started': {},
    'goals-met': {},
    transferred: {},
    declined: {},
    'patient-died': {},
  },
  states,
  on: {
    transferred: [{ target: 'closed-transferred', effects: [notify('family-doctor', 'transferred')] }],
    declined: [{ target: 'closed-declined', effects: [notify('family-doctor', 'declined')] }],
    'patient-died': [{ target: 'died', effects: [notify('family-doctor', 'died')] }],
  },
} satisfies MachineDefinition);
