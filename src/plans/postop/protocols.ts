import type { Localized } from '../../core/i18n.js';
import type { ProcedureCode } from '../../model/vocabulary.js';
import type { Offset, PostOpProtocolInput } from './protocol.js';
import { SRC } from './sources.js';

/**
 * The built-in protocols: total knee arthroplasty (the seed's four phases), total hip
 * arthroplasty (precautions by approach), laparoscopic cholecystectomy (the seed's day 1, 3 and 7)
 * and a generic protocol (daily contact in week 1, weekly after). Every number cites its source.
 *
 * @module
 */

const L = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });
const day = (value: number): Offset => ({ value, unit: 'day' });
const week = (value: number): Offset => ({ value, unit: 'week' });
const month = (value: number): Offset => ({ value, unit: 'month' });

// ---------------------------------------------------------------------------------------------
// Red flags shared by the protocols. Deadlines: DVT 4 h (NICE NG158 2020,
// 1.1: ultrasound within 4 hours of request); the others are carepath's reading of "call the
// surgeon immediately" / "call emergency services" in the discharge instructions (docs/postop.md).
// ---------------------------------------------------------------------------------------------
const FEVER = {
  id: 'fever',
  kind: 'fever',
  sign: L('Temperature of {threshold} °C or above, or chills', '体温达到或超过 {threshold}℃，或出现寒战'),
  action: L('Call the surgical team today.', '当天联系手术团队。'),
  severity: 'high',
  deadline: 'PT4H', // carepath: "call the surgeon" read as within 4 hours (docs/postop.md)
  rationale: L(
    'Fever after surgery can mean a wound, urine or chest infection. Sources disagree on the threshold (38.0 °C, 38.5 °C, 102 °F); carepath uses the most conservative, 38.0 °C, unless the host sets another.',
    '术后发热可能提示切口、泌尿道或肺部感染。各来源的体温阈值不一（38.0℃、38.5℃、102°F）；carepath 默认取最保守的 38.0℃，宿主系统可另行设置。',
  ),
  source: SRC.fever,
} as const;

const WOUND = {
  id: 'wound',
  kind: 'wound',
  sign: L('Wound redness, swelling, pus or a foul smell, new drainage after day 3-4, or the wound opening', '切口红肿、流脓或有异味，术后第3-4天以后仍有新渗液，或切口裂开'),
  action: L('Contact the surgical team within 24 hours; cover an opened wound with a clean dressing.', '24小时内联系手术团队；切口裂开时用清洁敷料覆盖。'),
  severity: 'high',
  deadline: 'P1D', // carepath: within a day (docs/postop.md)
  rationale: L('An incision should be dry by day 3-4; drainage after that, or an opening, suggests infection or poor healing.', '切口一般在术后第3-4天干燥；此后仍渗液或裂开提示感染或愈合不良。'),
  source: SRC.redFlags,
} as const;

const DVT = {
  id: 'dvt',
  kind: 'dvt',
  sign: L('Pain, swelling, warmth or redness in the calf or thigh', '小腿或大腿疼痛、肿胀、发热或发红'),
  action: L('Contact the team now for a same-day leg ultrasound.', '立即联系医疗团队，当天进行下肢血管超声检查。'),
  severity: 'high',
  deadline: 'PT4H', // NICE NG158 (2020) 1.1: proximal leg vein ultrasound within 4 hours of request
  rationale: L('Calf pain or swelling can be a deep-vein thrombosis, the commonest serious complication after surgery.', '小腿疼痛或肿胀可能是深静脉血栓，这是术后最常见的严重并发症。'),
  source: SRC.niceVte,
} as const;

const PE = {
  id: 'pe',
  kind: 'pe',
  sign: L('Chest pain, sudden breathlessness, coughing blood, or fainting', '胸痛、突发气促、咯血或晕厥'),
  action: L('Call emergency services (120) immediately.', '立即拨打120急救电话。'),
  severity: 'urgent',
  deadline: 'PT0M', // immediately
  rationale: L('These can be a pulmonary embolism, which is life-threatening.', '这些可能是肺栓塞的表现，可危及生命。'),
  source: SRC.redFlags,
} as const;

const BILIARY = {
  id: 'jaundice',
  kind: 'biliary',
  sign: L('Yellow skin or eyes (jaundice), dark urine or pale stools', '皮肤或眼白发黄（黄疸）、尿色深或大便颜色变浅'),
  action: L('Contact the surgical team today for bilirubin tests and an abdominal ultrasound.', '当天联系手术团队，检查胆红素并做腹部超声。'),
  severity: 'high',
  deadline: 'PT4H', // carepath: "call the surgeon immediately" read as within 4 hours
  rationale: L('Jaundice after cholecystectomy can mean a retained stone or a bile-duct injury.', '胆囊切除术后出现黄疸可能提示胆管残余结石或胆管损伤。'),
  source: SRC.bmjCholecystectomy,
} as const;

const ABDOMINAL_PAIN = {
  id: 'abdominal-pain',
  kind: 'abdominal-pain',
  sign: L('Severe or increasing abdominal pain, persistent vomiting, or unable to keep fluids down', '腹痛剧烈或逐渐加重、持续呕吐或无法进食饮水'),
  action: L('Go to the emergency department now.', '立即到急诊就诊。'),
  severity: 'urgent',
  deadline: 'PT1H', // carepath: urgent, within the hour
  rationale: L('Increasing pain after cholecystectomy can be a bile leak or bleeding.', '胆囊切除术后腹痛加重可能是胆漏或出血。'),
  source: SRC.cholecystectomy,
} as const;

const DISLOCATION = {
  id: 'dislocation',
  kind: 'dislocation',
  sign: L('Sudden severe hip pain, the leg looks shorter or turned, or you cannot put weight on it', '髋部突然剧痛、患肢变短或旋转，或无法负重'),
  action: L('Do not move the leg; call emergency services (120).', '不要活动患肢，拨打120急救电话。'),
  severity: 'urgent',
  deadline: 'PT1H', // carepath: urgent, within the hour
  rationale: L('These are signs of a hip dislocation, most common in the first 6 weeks.', '这些是髋关节脱位的表现，多发生在术后6周内。'),
  source: SRC.hipPrecautions,
} as const;

// Contacts of every built-in protocol: daily in week 1, weekly once stable (004, 流程再造).
function contacts(weeklyUntil: Offset): PostOpProtocolInput['contacts'] {
  return [
    {
      id: 'daily-week-1',
      from: day(1),
      to: day(7), // 004: 术后患者第1周每日随访
      frequency: { times: 1, per: 'day' },
      purpose: L('Daily check on pain, wound, exercises and warning signs', '每日询问疼痛、切口、康复训练和危险信号'),
      rationale: L('The seed schedules daily follow-up in the first post-operative week.', '种子文献要求术后第1周每日随访。'),
      source: SRC.seedFollowUp,
    },
    {
      id: 'weekly',
      from: day(8),
      to: weeklyUntil, // 004: 稳定期每周随访
      frequency: { times: 1, per: 'week' },
      purpose: L('Weekly check on progress and warning signs', '每周询问康复进展和危险信号'),
      rationale: L('Once stable, the seed schedules weekly follow-up.', '病情稳定后，种子文献要求每周随访。'),
      source: SRC.seedFollowUp,
    },
  ];
}

// Follow-up visits after joint replacement: 2 weeks, 6 weeks, 3 months, 1 year.
const JOINT_VISITS: PostOpProtocolInput['visits'] = [
  {
    id: 'visit-2-weeks',
    at: week(2), // B1.2: 2 weeks, wound check and suture or staple removal (sutures 10-14 days)
    purpose: L('Wound check and suture or staple removal; knee or hip range of motion', '检查切口、拆线或拆钉；测量关节活动度'),
    rationale: L('Sutures and staples come out at about 2 weeks, when the wound is checked.', '术后约2周拆线或拆钉，同时检查切口。'),
    source: SRC.jointVisits,
  },
  {
    id: 'visit-6-weeks',
    at: week(6), // B1.2: 6 weeks
    purpose: L('Review of function and walking; X-ray as the surgeon decides', '复查功能和行走情况；是否拍片由医生决定'),
    rationale: L('The surgeon reviews recovery at 6 weeks.', '术后6周由医生复查康复情况。'),
    source: SRC.jointVisits,
  },
  {
    id: 'visit-3-months',
    at: month(3), // B1.2: 3 months
    purpose: L('Review at 3 months: walking, strength, return to activities', '术后3个月复查：行走、肌力、恢复日常活动'),
    rationale: L('Most patients are near full recovery at about 3 months.', '多数患者在术后约3个月接近完全康复。'),
    source: SRC.jointVisits,
  },
  {
    id: 'visit-1-year',
    at: month(12), // B1.2: 1 year
    purpose: L('Annual review of the joint replacement', '人工关节术后1年复查'),
    rationale: L('Joint replacements are reviewed at 1 year.', '人工关节置换术后1年需复查。'),
    source: SRC.jointVisits,
  },
];

/** Total knee arthroplasty: the four phases of 004 exactly, milestones of 003, visits of B1.2. */
const TKA: PostOpProtocolInput = {
  schemaVersion: 1,
  id: 'tka-seed',
  version: '1.0.0',
  procedure: 'total-knee-arthroplasty',
  title: L('Rehabilitation after total knee arthroplasty', '全膝关节置换术后康复'),
  source: SRC.seedTka,
  phases: [
    {
      id: 'immobilisation',
      name: L('Immobilisation (days 1-3)', '制动期（术后1-3天）'),
      description: L('Ankle pumps against deep-vein thrombosis; passive knee motion 0-45 degrees.', '踝泵运动预防深静脉血栓；被动膝关节活动0-45度。'),
      start: day(1), // 004: 术后1-3天（制动期）
      end: day(3),
      exercises: [
        {
          id: 'ankle-pumps',
          exercise: 'ankle-pumps',
          minutes: 20, // AAOS exercise guide (B1.1 [S-weak]): 20-30 minutes, 2-3 times a day
          minutesMax: 30,
          frequency: { times: 2, timesMax: 3, per: 'day' },
          rationale: L('Ankle pumps prevent deep-vein thrombosis (seed, days 1-3).', '踝泵运动预防深静脉血栓（种子文献，术后1-3天）。'),
          source: SRC.seedTka,
        },
        {
          id: 'passive-motion',
          exercise: 'passive-knee-flexion',
          rangeOfMotion: { joint: 'knee', mode: 'passive', low: 0, high: 45 }, // 004: CPM 被动膝关节活动 0-45
          frequency: { times: 2, timesMax: 3, per: 'day' }, // AAOS exercise guide: 2-3 times a day
          rationale: L(
            'The seed gives passive knee motion 0-45 degrees on a CPM machine in days 1-3. AAOS (2015) finds CPM does not improve outcomes: the motion may be given by a physiotherapist instead.',
            '种子文献要求术后1-3天使用CPM机被动活动膝关节0-45度。AAOS（2015）认为CPM不改善结局，也可由康复治疗师完成被动活动。',
          ),
          source: SRC.seedTka,
        },
      ],
      restrictions: [
        {
          id: 'no-pillow-under-knee',
          text: L('Do not put a pillow under the knee.', '不要在膝关节下方垫枕头。'),
          until: week(2),
          rationale: L('A pillow under the knee leads to a flexion contracture (loss of straightening).', '膝下垫枕会导致屈曲挛缩（膝关节伸不直）。'),
          source: SRC.activityLimits,
        },
      ],
      education: [
        {
          id: 'cpm-not-routine',
          title: L('About passive motion machines', '关于CPM机'),
          text: L('A CPM machine is optional: the physiotherapist can move the knee instead.', 'CPM机并非必需，康复治疗师也可帮助活动膝关节。'),
          rationale: L('AAOS 2015 guideline and Choosing Wisely: avoid routine CPM after knee arthroplasty.', 'AAOS 2015 指南和 Choosing Wisely：膝关节置换术后不常规使用CPM。'),
          source: SRC.aaosCpm,
        },
      ],
      milestones: [],
      rationale: L('The seed\'s first phase after knee replacement.', '种子文献中膝关节置换术后的第一阶段。'),
      source: SRC.seedTka,
    },
    {
      id: 'activity',
      name: L('Activity (days 4-14)', '活动期（术后4-14天）'),
      description: L('Straight-leg raise and quadriceps sets; active knee motion 0-90 degrees.', '直腿抬高、股四头肌等长收缩；主动膝关节活动0-90度。'),
      start: day(4), // 004: 术后4-14天（活动期）
      end: day(14),
      exercises: [
        {
          id: 'straight-leg-raise',
          exercise: 'straight-leg-raise',
          sets: 1,
          repetitions: 10, // AAOS exercise guide (B1.1 [S-weak]): sets of 10
          frequency: { times: 2, timesMax: 3, per: 'day' }, // AAOS exercise guide: 2-3 times a day
          rationale: L('Straight-leg raises rebuild thigh strength (seed, days 4-14).', '直腿抬高恢复大腿肌力（种子文献，术后4-14天）。'),
          source: SRC.seedTka,
        },
        {
          id: 'quadriceps-sets',
          exercise: 'quadriceps-sets',
          sets: 1,
          repetitions: 10, // AAOS exercise guide: sets of 10
          frequency: { times: 2, timesMax: 3, per: 'day' },
          rationale: L('Quadriceps isometrics (seed, days 4-14).', '股四头肌等长收缩（种子文献，术后4-14天）。'),
          source: SRC.seedTka,
        },
        {
          id: 'active-motion',
          exercise: 'active-knee-flexion',
          rangeOfMotion: { joint: 'knee', mode: 'active', low: 0, high: 90 }, // 004: 主动膝关节活动度训练 0-90
          frequency: { times: 2, timesMax: 3, per: 'day' },
          rationale: L('Active range of motion 0-90 degrees (seed, days 4-14).', '主动活动度训练0-90度（种子文献，术后4-14天）。'),
          source: SRC.seedTka,
        },
      ],
      restrictions: [
        {
          id: 'no-bath',
          text: L('No tub bath or soaking the wound until the sutures are out.', '拆线前不要泡澡或浸泡切口。'),
          until: week(2), // B1.1: sutures out at about 2 weeks (VTFC; Emory allows showers from day 3 if dry)
          rationale: L('Soaking a healing incision raises the risk of infection; sources differ on showering.', '浸泡未愈合的切口会增加感染风险；各来源对淋浴时间意见不一。'),
          source: SRC.woundCare,
        },
      ],
      education: [
        {
          id: 'wound-care',
          title: L('Caring for the wound', '切口护理'),
          text: L('Keep the dressing clean and dry. The wound should be dry by day 3-4; report any drainage after that.', '保持敷料清洁干燥。切口一般在第3-4天干燥，此后仍有渗液请及时报告。'),
          rationale: L('Drainage after day 3-4 is abnormal.', '术后第3-4天以后仍有渗液属异常。'),
          source: SRC.woundCare,
        },
      ],
      milestones: [
        {
          id: 'week-1',
          due: week(1), // 003: milestone at 1 week
          description: L('Does the ankle pumps, quadriceps sets and straight-leg raise without help', '能独立完成踝泵、股四头肌收缩和直腿抬高'),
          escalation: { action: 'physiotherapy-review', withinDays: 3 }, // carepath: review within 3 days
          rationale: L('The 1-week rehabilitation milestone (003) for the exercises of this phase (004).', '术后1周康复里程碑（003），对应本阶段的训练内容（004）。'),
          source: SRC.seedMilestones,
        },
        {
          id: 'flexion-90',
          due: day(14), // 004: active 0-90 degrees by the end of days 4-14; B1.1: >= 90 degrees by about 2 weeks
          description: L('Knee bends to at least 90 degrees', '膝关节屈曲达到90度及以上'),
          measure: 'knee-flexion',
          target: { low: 90, unit: 'deg' }, // 004: 0-90; B1.1 consensus flexion >= 90 degrees by ~2 weeks
          escalation: { action: 'physiotherapy-review', withinDays: 3 }, // carepath: review within 3 days
          rationale: L('The seed\'s activity phase aims at active motion 0-90 degrees by day 14; published protocols agree on at least 90 degrees by about 2 weeks. Stairs need this bend.', '种子文献活动期目标为术后14天主动活动度达0-90度；各康复方案一致要求约2周时屈曲达90度以上。上下楼梯需要这一角度。'),
          source: SRC.seedTka,
        },
      ],
      rationale: L('The seed\'s second phase after knee replacement.', '种子文献中膝关节置换术后的第二阶段。'),
      source: SRC.seedTka,
    },
    {
      id: 'weight-bearing',
      name: L('Weight bearing (weeks 2-4)', '负重期（术后2-4周）'),
      description: L('Walking with a walker; stairs with the good leg up and the operated leg down.', '使用助行器行走；上下楼梯训练（健侧先上，患侧先下）。'),
      start: week(2), // 004: 术后2-4周（负重期）; after 2 weeks = day 15
      end: week(4),
      requires: ['flexion-90'],
      exercises: [
        {
          id: 'walker-walking',
          exercise: 'walker-walking',
          minutes: 30, // AAOS exercise guide (B1.1 [S-weak]): walk 30 minutes 2-3 times a day
          frequency: { times: 2, timesMax: 3, per: 'day' },
          rationale: L('Walking with a walker (seed, weeks 2-4).', '使用助行器行走（种子文献，术后2-4周）。'),
          source: SRC.seedTka,
        },
        {
          id: 'stairs',
          exercise: 'stair-training',
          frequency: { times: 1, per: 'day' }, // carepath: once a day, supervised at first
          requires: ['flexion-90'],
          rationale: L('Stairs: the good leg leads up, the operated leg leads down (seed, weeks 2-4). Held until the knee bends to 90 degrees.', '上下楼梯：健侧先上，患侧先下（种子文献，术后2-4周）。膝关节屈曲达到90度前暂缓。'),
          source: SRC.seedTka,
        },
        {
          id: 'ankle-pumps-continued',
          exercise: 'ankle-pumps',
          frequency: { times: 2, timesMax: 3, per: 'day' },
          rationale: L('Continue ankle pumps until the swelling has gone.', '持续进行踝泵运动直至肿胀消退。'),
          source: SRC.aaosExercise,
        },
      ],
      restrictions: [],
      education: [
        {
          id: 'stairs-rule',
          title: L('Stairs', '上下楼梯'),
          text: L('Up with the good leg, down with the operated leg, one step at a time, holding the rail.', '上楼健侧先上，下楼患侧先下，一次一级，扶好扶手。'),
          rationale: L('The seed\'s rule for stairs in weeks 2-4.', '种子文献中术后2-4周的上下楼梯规则。'),
          source: SRC.seedTka,
        },
      ],
      milestones: [
        {
          id: 'month-1',
          due: week(4), // 003: milestone at 1 month, taken as the end of the seed's weeks 2-4
          description: L('Walks with a walker and manages stairs one step at a time', '能使用助行器行走，并能一次一级上下楼梯'),
          escalation: { action: 'physiotherapy-review', withinDays: 3 }, // carepath: review within 3 days
          rationale: L('The 1-month milestone (003) for the weight-bearing phase (004).', '术后1个月里程碑（003），对应负重期内容（004）。'),
          source: SRC.seedMilestones,
        },
      ],
      rationale: L('The seed\'s third phase after knee replacement.', '种子文献中膝关节置换术后的第三阶段。'),
      source: SRC.seedTka,
    },
    {
      id: 'strengthening',
      name: L('Strengthening (months 1-3)', '强化期（术后1-3个月）'),
      description: L('Balance and strength training; return to normal walking.', '平衡训练、肌力训练；逐步恢复正常行走。'),
      start: week(4), // 004: 术后1-3个月（强化期）; month 1 taken as the end of week 4, so the phases meet
      end: month(3),
      requires: ['month-1'],
      exercises: [
        {
          id: 'balance',
          exercise: 'balance-training',
          frequency: { times: 1, per: 'day' }, // carepath: daily
          requires: ['month-1'],
          rationale: L('Balance training (seed, months 1-3).', '平衡训练（种子文献，术后1-3个月）。'),
          source: SRC.seedTka,
        },
        {
          id: 'strength',
          exercise: 'strength-training',
          frequency: { times: 3, per: 'week' }, // carepath: three sessions a week, as the physiotherapist sets
          requires: ['month-1'],
          rationale: L('Strength training (seed, months 1-3).', '肌力训练（种子文献，术后1-3个月）。'),
          source: SRC.seedTka,
        },
        {
          id: 'normal-walking',
          exercise: 'normal-walking',
          frequency: { times: 1, per: 'day' },
          rationale: L('Gradual return to normal walking (seed, months 1-3).', '逐步恢复正常行走（种子文献，术后1-3个月）。'),
          source: SRC.seedTka,
        },
      ],
      restrictions: [
        {
          id: 'no-heavy-lifting',
          text: L('No heavy lifting.', '避免提重物。'),
          until: month(3), // B1.1 (Trinitas): no heavy lifting for 3 months
          rationale: L('Heavy loads strain the new joint while the muscles recover.', '肌力恢复前提重物会加重新关节负担。'),
          source: SRC.activityLimits,
        },
      ],
      education: [],
      milestones: [
        {
          id: 'flexion-110',
          due: week(6), // B1.1 consensus: >= 110 degrees by about 6 weeks
          description: L('Knee bends to at least 110 degrees', '膝关节屈曲达到110度及以上'),
          measure: 'knee-flexion',
          target: { low: 110, unit: 'deg' }, // B1.1 consensus
          escalation: { action: 'physiotherapy-review', withinDays: 7 }, // carepath: within a week
          rationale: L('Published protocols aim at 110 degrees of flexion by about 6 weeks, for everyday activities.', '各康复方案要求约6周时屈曲达110度，以满足日常活动需要。'),
          source: SRC.tkaConsensus,
        },
        {
          id: 'month-3',
          due: month(3), // 003: milestone at 3 months; 004: return to normal walking by month 3
          description: L('Walks normally without an aid', '不借助辅助器具正常行走'),
          escalation: { action: 'surgeon-review', withinDays: 14 }, // carepath: within 2 weeks
          rationale: L('The 3-month milestone (003): the seed\'s strengthening phase ends with normal walking (004).', '术后3个月里程碑（003）：种子文献的强化期以恢复正常行走为目标（004）。'),
          source: SRC.seedMilestones,
        },
      ],
      rationale: L('The seed\'s fourth phase after knee replacement.', '种子文献中膝关节置换术后的第四阶段。'),
      source: SRC.seedTka,
    },
  ],
  visits: JOINT_VISITS,
  contacts: contacts(month(3)),
  redFlags: [FEVER, WOUND, DVT, PE],
};

const POSTERIOR = ['posterior', 'posterolateral'] as const;

/** Total hip arthroplasty: arthroplasty phases, precautions by approach (B2), visits of B1.2. */
const THA: PostOpProtocolInput = {
  schemaVersion: 1,
  id: 'tha-carepath',
  version: '1.0.0',
  procedure: 'total-hip-arthroplasty',
  title: L('Rehabilitation after total hip arthroplasty', '全髋关节置换术后康复'),
  source: SRC.hipPrecautions,
  phases: [
    {
      id: 'early-mobilisation',
      name: L('Early mobilisation (days 1-3)', '早期活动期（术后1-3天）'),
      description: L('Ankle pumps, muscle sets and walking with a walker within the hip precautions.', '在髋关节防护要求下进行踝泵、肌肉收缩和助行器行走。'),
      start: day(1), // carepath: the seed's staged structure (004) applied to the hip
      end: day(3),
      exercises: [
        {
          id: 'ankle-pumps',
          exercise: 'ankle-pumps',
          frequency: { times: 2, timesMax: 3, per: 'day' }, // AAOS exercise guide: 2-3 times a day
          rationale: L('Ankle pumps prevent deep-vein thrombosis.', '踝泵运动预防深静脉血栓。'),
          source: SRC.seedTka,
        },
        {
          id: 'quadriceps-sets',
          exercise: 'quadriceps-sets',
          repetitions: 10,
          frequency: { times: 2, timesMax: 3, per: 'day' },
          rationale: L('Muscle sets keep the thigh working without moving the hip.', '肌肉等长收缩在不活动髋关节的情况下保持大腿肌力。'),
          source: SRC.aaosExercise,
        },
        {
          id: 'walker-walking',
          exercise: 'walker-walking',
          frequency: { times: 2, timesMax: 3, per: 'day' },
          rationale: L('Early mobilisation is ERAS best practice after hip replacement.', '早期下床活动是髋关节置换术后加速康复的最佳实践。'),
          source: SRC.eras,
        },
      ],
      restrictions: [
        {
          id: 'posterior-no-flexion-90',
          text: L('Do not bend the hip past 90 degrees; avoid low chairs and low toilets.', '髋关节屈曲不超过90度；避免坐矮椅和低马桶。'),
          approaches: [...POSTERIOR, 'lateral'],
          hipPrecaution: true,
          until: week(6), // B2: default 6 weeks (configurable)
          rationale: L('Posterior and lateral approaches: deep flexion can dislocate the new hip.', '后侧及外侧入路：髋关节过度屈曲可能导致脱位。'),
          source: SRC.hipPrecautions,
        },
        {
          id: 'posterior-no-crossing',
          text: L('Do not cross the legs past the midline; keep a pillow between the legs in bed.', '双腿不要交叉超过身体中线；卧床时两腿间夹枕头。'),
          approaches: [...POSTERIOR, 'lateral'],
          hipPrecaution: true,
          until: week(6), // B2: default 6 weeks
          rationale: L('Posterior and lateral approaches: crossing the legs can dislocate the hip.', '后侧及外侧入路：双腿交叉可能导致脱位。'),
          source: SRC.hipPrecautions,
        },
        {
          id: 'posterior-no-internal-rotation',
          text: L('Do not turn the operated leg inwards.', '患肢不要向内旋转。'),
          approaches: [...POSTERIOR, 'lateral'],
          hipPrecaution: true,
          until: week(6), // B2: default 6 weeks
          rationale: L('Posterior and lateral approaches: internal rotation can dislocate the hip.', '后侧及外侧入路：内旋可能导致脱位。'),
          source: SRC.hipPrecautions,
        },
        {
          id: 'lateral-no-active-abduction',
          text: L('Do not lift the leg out to the side by yourself.', '不要主动将患肢向外侧抬起。'),
          approaches: ['lateral'],
          hipPrecaution: true,
          until: week(6), // B2: default 6 weeks
          rationale: L('Lateral approach: the abductor repair must heal before active abduction.', '外侧入路：外展肌修复愈合前不可主动外展。'),
          source: SRC.hipPrecautions,
        },
        {
          id: 'anterior-no-extension-rotation',
          text: L('Avoid stretching the leg far backwards with the foot turned out (stepping or bending backwards).', '避免患肢过度后伸同时脚尖外旋（如向后跨步或向后仰身）。'),
          approaches: ['anterior', 'anterolateral'],
          hipPrecaution: true,
          until: week(6), // B2: default 6 weeks
          rationale: L('Anterior approach: extreme extension with external rotation can dislocate the hip. carepath groups anterolateral with anterior; surgeons may differ.', '前侧入路：过度后伸合并外旋可能导致脱位。carepath 将前外侧入路按前侧入路处理，具体以术者要求为准。'),
          source: SRC.hipPrecautions,
        },
      ],
      education: [
        {
          id: 'precautions',
          title: L('Hip precautions', '髋关节防护要求'),
          text: L('Follow the hip precautions for your approach until the surgeon lifts them.', '遵守与手术入路对应的髋关节防护要求，直到医生解除。'),
          rationale: L('Most dislocations occur within the first 6 weeks.', '多数脱位发生在术后6周内。'),
          source: SRC.hipPrecautions,
        },
      ],
      milestones: [],
      rationale: L('Early mobilisation within the precautions (ERAS).', '在防护要求下早期活动（加速康复外科）。'),
      source: SRC.eras,
    },
    {
      id: 'activity',
      name: L('Activity (days 4-14)', '活动期（术后4-14天）'),
      description: L('Walking further with the walker; muscle sets.', '使用助行器增加步行距离；肌肉等长收缩。'),
      start: day(4),
      end: day(14),
      exercises: [
        {
          id: 'walker-walking-2',
          exercise: 'walker-walking',
          minutes: 30, // AAOS exercise guide: walk 30 minutes 2-3 times a day
          frequency: { times: 2, timesMax: 3, per: 'day' },
          rationale: L('Walking with a walker builds endurance.', '使用助行器行走增强耐力。'),
          source: SRC.aaosExercise,
        },
        {
          id: 'gluteal-sets',
          exercise: 'gluteal-sets',
          repetitions: 10,
          frequency: { times: 2, timesMax: 3, per: 'day' },
          rationale: L('Gluteal sets strengthen the hip muscles without moving the joint.', '臀肌等长收缩在不活动关节的情况下增强髋部肌力。'),
          source: SRC.aaosExercise,
        },
      ],
      restrictions: [],
      education: [],
      milestones: [
        {
          id: 'week-1',
          due: week(1), // 003: milestone at 1 week
          description: L('Walks with a walker and follows the hip precautions', '能使用助行器行走并遵守髋关节防护要求'),
          escalation: { action: 'physiotherapy-review', withinDays: 3 },
          rationale: L('The 1-week rehabilitation milestone (003).', '术后1周康复里程碑（003）。'),
          source: SRC.seedMilestones,
        },
      ],
      rationale: L('Building up walking in the second week.', '术后第二周逐步增加行走。'),
      source: SRC.eras,
    },
    {
      id: 'protected-walking',
      name: L('Protected walking (weeks 2-6)', '保护下行走期（术后2-6周）'),
      description: L('Stairs with the good leg up and the operated leg down; from walker to cane when safe.', '上下楼梯（健侧先上，患侧先下）；安全时由助行器过渡到手杖。'),
      start: week(2),
      end: week(6), // B2: the precaution period, default 6 weeks
      requires: ['week-1'],
      exercises: [
        {
          id: 'stairs',
          exercise: 'stair-training',
          frequency: { times: 1, per: 'day' },
          requires: ['week-1'],
          rationale: L('Stairs one step at a time: the good leg leads up, the operated leg leads down.', '一次一级上下楼梯：健侧先上，患侧先下。'),
          source: SRC.aaosExercise,
        },
      ],
      restrictions: [],
      education: [],
      milestones: [
        {
          id: 'month-1',
          due: week(4), // 003: milestone at 1 month
          description: L('Walks indoors with a walker or cane and manages stairs', '能借助助行器或手杖在室内行走并上下楼梯'),
          escalation: { action: 'physiotherapy-review', withinDays: 3 },
          rationale: L('The 1-month rehabilitation milestone (003).', '术后1个月康复里程碑（003）。'),
          source: SRC.seedMilestones,
        },
      ],
      rationale: L('Walking within the precautions until they end.', '防护期内保护下行走。'),
      source: SRC.hipPrecautions,
    },
    {
      id: 'strengthening',
      name: L('Strengthening (weeks 6 to month 3)', '强化期（术后6周至3个月）'),
      description: L('Balance and strength training; return to normal walking.', '平衡和肌力训练；逐步恢复正常行走。'),
      start: week(6),
      end: month(3),
      requires: ['month-1'],
      exercises: [
        {
          id: 'balance',
          exercise: 'balance-training',
          frequency: { times: 1, per: 'day' },
          requires: ['month-1'],
          rationale: L('Balance training after the precaution period.', '防护期后进行平衡训练。'),
          source: SRC.seedTka,
        },
        {
          id: 'strength',
          exercise: 'strength-training',
          frequency: { times: 3, per: 'week' },
          requires: ['month-1'],
          rationale: L('Strength training after the precaution period.', '防护期后进行肌力训练。'),
          source: SRC.seedTka,
        },
        {
          id: 'normal-walking',
          exercise: 'normal-walking',
          frequency: { times: 1, per: 'day' },
          rationale: L('Gradual return to normal walking.', '逐步恢复正常行走。'),
          source: SRC.seedTka,
        },
      ],
      restrictions: [],
      education: [],
      milestones: [
        {
          id: 'month-3',
          due: month(3), // 003: milestone at 3 months
          description: L('Walks normally without an aid', '不借助辅助器具正常行走'),
          escalation: { action: 'surgeon-review', withinDays: 14 },
          rationale: L('The 3-month rehabilitation milestone (003).', '术后3个月康复里程碑（003）。'),
          source: SRC.seedMilestones,
        },
      ],
      rationale: L('Strengthening to the 3-month milestone.', '强化训练至术后3个月里程碑。'),
      source: SRC.seedMilestones,
    },
  ],
  visits: JOINT_VISITS,
  contacts: contacts(month(3)),
  redFlags: [FEVER, WOUND, DVT, PE, DISLOCATION],
};

/** Laparoscopic cholecystectomy: the seed's day 1 (liquid diet), day 3 (movement), day 7 (revisit). */
const CHOLECYSTECTOMY: PostOpProtocolInput = {
  schemaVersion: 1,
  id: 'lap-chole-seed',
  version: '1.0.0',
  procedure: 'laparoscopic-cholecystectomy',
  title: L('Recovery after laparoscopic cholecystectomy', '腹腔镜胆囊切除术后康复'),
  source: SRC.seedCholecystectomy,
  phases: [
    {
      id: 'diet',
      name: L('Diet (days 1-2)', '饮食期（术后1-2天）'),
      description: L('Liquid diet from day 1; walking as able.', '术后第1天起流质饮食；可耐受时下床行走。'),
      start: day(1), // 004: 术后第1天
      end: day(2),
      exercises: [
        {
          id: 'early-walking',
          exercise: 'early-walking',
          frequency: { times: 3, per: 'day' }, // carepath: several times a day (B4: walk as able)
          rationale: L('Walking as able speeds recovery.', '可耐受时下床行走有助于康复。'),
          source: SRC.cholecystectomy,
        },
      ],
      restrictions: [],
      education: [
        {
          id: 'liquid-diet',
          category: 'nutrition',
          title: L('Liquid diet', '流质饮食'),
          text: L('Start with a liquid diet (rice water, thin soup); move to soft, low-fat food as you feel able.', '先进流质饮食（米汤、清汤），感觉良好后过渡到低脂软食。'),
          at: day(1), // 004: 术后第1天推送饮食注意事项（流质饮食）
          rationale: L('The seed sends diet instructions (liquid diet) on day 1.', '种子文献在术后第1天推送饮食注意事项（流质饮食）。'),
          source: SRC.seedCholecystectomy,
        },
        {
          id: 'shoulder-pain',
          title: L('Shoulder pain', '肩部疼痛'),
          text: L('Shoulder or chest discomfort from the gas used in surgery is common for up to 48 hours.', '手术所用气体引起的肩部或胸部不适较常见，可持续约48小时。'),
          rationale: L('Expected after laparoscopy; it should fade by 48 hours.', '腹腔镜术后的常见现象，约48小时内消退。'),
          source: SRC.cholecystectomy,
        },
      ],
      milestones: [],
      rationale: L('The seed\'s first post-operative day: diet instructions.', '种子文献术后第1天：饮食指导。'),
      source: SRC.seedCholecystectomy,
    },
    {
      id: 'movement',
      name: L('Movement (days 3-6)', '活动期（术后3-6天）'),
      description: L('Rehabilitation movements from day 3: turning in bed, walking.', '术后第3天起康复训练动作：床上翻身、下床行走。'),
      start: day(3), // 004: 术后第3天推送康复训练动作（如床上翻身练习）
      end: day(6),
      exercises: [
        {
          id: 'turning-in-bed',
          exercise: 'turning-in-bed',
          frequency: { times: 3, per: 'day' }, // carepath: several times a day
          rationale: L('The seed sends rehabilitation movements (turning in bed) on day 3.', '种子文献在术后第3天推送康复训练动作（床上翻身练习）。'),
          source: SRC.seedCholecystectomy,
        },
        {
          id: 'walking',
          exercise: 'early-walking',
          frequency: { times: 3, per: 'day' },
          rationale: L('Walk and climb stairs as able.', '可耐受时行走和上下楼梯。'),
          source: SRC.cholecystectomy,
        },
      ],
      restrictions: [
        {
          id: 'no-heavy-lifting',
          text: L('No heavy lifting, pushing, pulling or straining until the surgeon clears you.', '在医生允许前不要提重物、用力推拉或屏气用力。'),
          until: day(7), // carepath: until the day-7 revisit (004) where the surgeon reviews it
          rationale: L('Straining stresses the small abdominal wounds.', '用力会增加腹部小切口的张力。'),
          source: SRC.cholecystectomy,
        },
      ],
      education: [],
      milestones: [],
      rationale: L('The seed\'s third post-operative day: rehabilitation movements.', '种子文献术后第3天：康复训练动作。'),
      source: SRC.seedCholecystectomy,
    },
    {
      id: 'recovery',
      name: L('Recovery (day 7 to month 1)', '恢复期（术后第7天至1个月）'),
      description: L('Revisit on day 7; low-fat diet for the first month; back to usual activities.', '术后第7天复诊；术后1个月内低脂饮食；恢复日常活动。'),
      start: day(7),
      end: month(1),
      exercises: [
        {
          id: 'walking-more',
          exercise: 'early-walking',
          frequency: { times: 1, per: 'day' },
          rationale: L('Most strength returns in about a week; keep walking daily.', '体力一般在约1周后恢复；坚持每日行走。'),
          source: SRC.cholecystectomy,
        },
      ],
      restrictions: [],
      education: [
        {
          id: 'low-fat-diet',
          category: 'nutrition',
          title: L('Low-fat diet', '低脂饮食'),
          text: L('Eat small, low-fat meals and avoid fried, greasy or spicy food for the first month.', '少量多餐、低脂饮食，术后1个月内避免油炸、油腻和辛辣食物。'),
          until: month(1), // B4: low-fat diet for the first month
          rationale: L('Without a gallbladder, fatty meals can cause pain or loose stools at first.', '胆囊切除后，油腻饮食在初期可能引起腹痛或腹泻。'),
          source: SRC.cholecystectomy,
        },
      ],
      milestones: [
        {
          id: 'week-1',
          due: week(1), // 003: milestone at 1 week
          description: L('Eats a normal low-fat diet and walks about without help', '能正常进食低脂饮食并独立走动'),
          escalation: { action: 'surgeon-review', withinDays: 2 }, // carepath: within 2 days
          rationale: L('The 1-week milestone (003); most strength is back in about a week.', '术后1周里程碑（003）；体力一般在约1周后恢复。'),
          source: SRC.seedMilestones,
        },
        {
          id: 'month-1',
          due: month(1), // 003: milestone at 1 month
          description: L('Back to usual activities, without pain, fatigue or bowel problems', '恢复日常活动，无疼痛、乏力或排便问题'),
          escalation: { action: 'doctor-review', withinDays: 7 },
          rationale: L('The 1-month milestone (003); fatigue, pain or bowel changes lasting over a week need an office visit.', '术后1个月里程碑（003）；乏力、疼痛或排便改变持续超过1周需门诊复诊。'),
          source: SRC.seedMilestones,
        },
      ],
      rationale: L('The seed\'s revisit on day 7 and the first month of recovery.', '种子文献术后第7天复诊及术后第1个月的恢复。'),
      source: SRC.seedCholecystectomy,
    },
  ],
  visits: [
    {
      id: 'revisit-day-7',
      at: day(7), // 004: 第7天推送复诊提醒
      purpose: L('Revisit: wound, pain, eating, jaundice check', '复诊：检查切口、疼痛、饮食及有无黄疸'),
      rationale: L('The seed reminds the patient to revisit on day 7 (within the 2 weeks BMJ Best Practice sets).', '种子文献在术后第7天提醒复诊（在 BMJ Best Practice 建议的2周以内）。'),
      source: SRC.seedCholecystectomy,
    },
  ],
  contacts: contacts(month(1)),
  redFlags: [FEVER, WOUND, DVT, PE, BILIARY, ABDOMINAL_PAIN],
};

/** Any other operation: daily contact in week 1, weekly after (004); milestones of 003. */
const GENERIC: PostOpProtocolInput = {
  schemaVersion: 1,
  id: 'postop-generic',
  version: '1.0.0',
  procedure: 'surgery-other',
  title: L('Recovery after surgery', '术后康复'),
  source: SRC.seedFollowUp,
  phases: [
    {
      id: 'first-week',
      name: L('First week', '术后第1周'),
      description: L('Daily contact; walking as able; wound care.', '每日随访；可耐受时下床行走；切口护理。'),
      start: day(1),
      end: week(1),
      exercises: [
        {
          id: 'early-walking',
          exercise: 'early-walking',
          frequency: { times: 3, per: 'day' },
          rationale: L('Early mobilisation speeds recovery (ERAS).', '早期活动促进康复（加速康复外科）。'),
          source: SRC.eras,
        },
      ],
      restrictions: [],
      education: [
        {
          id: 'wound-care',
          title: L('Caring for the wound', '切口护理'),
          text: L('Keep the dressing clean and dry; report redness, pus or new drainage.', '保持敷料清洁干燥；出现红肿、流脓或新渗液时及时报告。'),
          rationale: L('Wound problems are the commonest reason to call after surgery.', '切口问题是术后最常见的求助原因。'),
          source: SRC.redFlags,
        },
      ],
      milestones: [
        {
          id: 'week-1',
          due: week(1), // 003: milestone at 1 week
          description: L('Walks about the home, eats normally, wound dry', '能在家中走动、正常进食、切口干燥'),
          escalation: { action: 'nurse-call', withinDays: 1 },
          rationale: L('The 1-week rehabilitation milestone (003).', '术后1周康复里程碑（003）。'),
          source: SRC.seedMilestones,
        },
      ],
      rationale: L('The first week, with daily contact (004).', '术后第1周，每日随访（004）。'),
      source: SRC.seedFollowUp,
    },
    {
      id: 'weeks-2-4',
      name: L('Weeks 2-4', '术后2-4周'),
      description: L('Weekly contact; increasing activity.', '每周随访；逐步增加活动量。'),
      start: week(1),
      end: week(4),
      exercises: [
        {
          id: 'walking',
          exercise: 'early-walking',
          frequency: { times: 1, per: 'day' },
          rationale: L('Keep walking daily, a little further each time.', '坚持每日行走，逐渐增加距离。'),
          source: SRC.eras,
        },
      ],
      restrictions: [],
      education: [],
      milestones: [
        {
          id: 'month-1',
          due: week(4), // 003: milestone at 1 month
          description: L('Back to daily activities', '恢复日常生活活动'),
          escalation: { action: 'doctor-review', withinDays: 7 },
          rationale: L('The 1-month rehabilitation milestone (003).', '术后1个月康复里程碑（003）。'),
          source: SRC.seedMilestones,
        },
      ],
      rationale: L('Weekly contact once stable (004).', '病情稳定后每周随访（004）。'),
      source: SRC.seedFollowUp,
    },
    {
      id: 'months-1-3',
      name: L('Months 1-3', '术后1-3个月'),
      description: L('Return to full activity.', '恢复全部活动。'),
      start: week(4),
      end: month(3),
      exercises: [],
      restrictions: [],
      education: [],
      milestones: [
        {
          id: 'month-3',
          due: month(3), // 003: milestone at 3 months
          description: L('Fully recovered', '完全康复'),
          escalation: { action: 'doctor-review', withinDays: 14 },
          rationale: L('The 3-month rehabilitation milestone (003).', '术后3个月康复里程碑（003）。'),
          source: SRC.seedMilestones,
        },
      ],
      rationale: L('Recovery to the 3-month milestone (003).', '康复至术后3个月里程碑（003）。'),
      source: SRC.seedMilestones,
    },
  ],
  visits: [
    {
      id: 'visit-2-weeks',
      at: week(2), // (CMS TCM 99495): face-to-face visit within 14 days
      purpose: L('Post-operative review and wound check', '术后复查及切口检查'),
      rationale: L('A face-to-face review within 14 days of discharge is the transitional-care default.', '出院后14天内面诊是过渡期照护的默认要求。'),
      source: SRC.cmsTcm,
    },
  ],
  contacts: contacts(month(3)),
  redFlags: [FEVER, WOUND, DVT, PE],
};

/**
 * The built-in protocols by procedure, as JSON documents: a hospital can copy one, change it and
 * pass it as `options.protocol` (see docs/postop.md).
 *
 * @example
 * ```ts
 * builtInProtocols['total-knee-arthroplasty'].phases.map((phase) => phase.id);
 * // => ['immobilisation', 'activity', 'weight-bearing', 'strengthening']
 * ```
 * @category Plans
 */
export const builtInProtocols: { readonly [P in ProcedureCode]: PostOpProtocolInput } = {
  'total-knee-arthroplasty': TKA,
  'total-hip-arthroplasty': THA,
  'laparoscopic-cholecystectomy': CHOLECYSTECTOMY,
  'surgery-other': GENERIC,
};
