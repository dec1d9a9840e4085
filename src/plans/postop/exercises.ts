import type { Localized } from '../../core/i18n.js';

/** An exercise carepath knows by id: its names and how it is done. @category Plans */
export interface ExerciseDefinition {
  readonly name: Localized;
  readonly instructions: Localized;
}

/**
 * The exercises a protocol may name by id. A hospital protocol can add its own under
 * `customExercises`; any other id is an "unknown exercise" defect (see `validateProtocol`).
 *
 * @category Plans
 */
export const EXERCISES = {
  'ankle-pumps': {
    name: { en: 'Ankle pumps', 'zh-CN': '踝泵运动' },
    instructions: { en: 'Lying with the legs straight, pull the feet up towards you and push them down, slowly, to pump blood out of the calves.', 'zh-CN': '平卧双腿伸直，缓慢地勾脚、绷脚，像水泵一样促进小腿血液回流。' },
  },
  'passive-knee-flexion': {
    name: { en: 'Passive knee motion', 'zh-CN': '被动膝关节活动' },
    instructions: { en: 'The knee is bent and straightened for you, by a CPM machine where the hospital uses one or by the physiotherapist, within the range set for this phase.', 'zh-CN': '由CPM机（医院使用时）或康复治疗师带动膝关节屈伸，活动范围不超过本阶段目标。' },
  },
  'straight-leg-raise': {
    name: { en: 'Straight-leg raise', 'zh-CN': '直腿抬高' },
    instructions: { en: 'Lying on your back, tighten the thigh and lift the straight leg a hand-width off the bed, hold, and lower slowly.', 'zh-CN': '仰卧，绷紧大腿肌肉，将伸直的腿抬离床面约一拳高，保持后缓慢放下。' },
  },
  'quadriceps-sets': {
    name: { en: 'Quadriceps sets', 'zh-CN': '股四头肌等长收缩' },
    instructions: { en: 'Press the back of the knee down into the bed by tightening the front thigh muscle; hold for 5 seconds, then relax.', 'zh-CN': '绷紧大腿前侧肌肉，把膝关节后方压向床面，保持5秒后放松。' },
  },
  'active-knee-flexion': {
    name: { en: 'Active knee bending and straightening', 'zh-CN': '主动膝关节屈伸活动' },
    instructions: { en: 'Bend and straighten the knee with your own muscles (heel slides, sitting knee bends) within the range set for this phase.', 'zh-CN': '用自身肌力屈伸膝关节（足跟滑动、坐位屈膝），活动范围以本阶段目标为准。' },
  },
  'walker-walking': {
    name: { en: 'Walking with a walker', 'zh-CN': '助行器行走' },
    instructions: { en: 'Walk with the walker: move the walker, step with the operated leg, then the other leg. Someone should be near for the first walks.', 'zh-CN': '使用助行器行走：先移动助行器，再迈术侧腿，然后迈健侧腿。最初几次行走时需有人陪同。' },
  },
  'stair-training': {
    name: { en: 'Stair training', 'zh-CN': '上下楼梯训练' },
    instructions: { en: 'One step at a time with the handrail: going up, the good leg leads; going down, the operated leg leads.', 'zh-CN': '扶扶手一次一级：上楼健侧先上，下楼患侧先下。' },
  },
  'balance-training': {
    name: { en: 'Balance training', 'zh-CN': '平衡训练' },
    instructions: { en: 'Standing at a counter for support: weight shifts, standing on the operated leg for a few seconds, heel-to-toe standing.', 'zh-CN': '扶台面站立：重心左右转移、术侧单腿站立数秒、前后脚跟脚尖站立。' },
  },
  'strength-training': {
    name: { en: 'Strength training', 'zh-CN': '肌力训练' },
    instructions: { en: 'Thigh and hip strengthening: sit-to-stand, mini-squats at a counter, step-ups, as the physiotherapist sets.', 'zh-CN': '大腿和髋部肌力训练：坐站转换、扶台面微蹲、踏台阶，由康复治疗师安排强度。' },
  },
  'normal-walking': {
    name: { en: 'Return to normal walking', 'zh-CN': '逐步恢复正常行走' },
    instructions: { en: 'Walk a little further each day, moving from the walker to a cane and then without an aid when your therapist agrees.', 'zh-CN': '每天逐步增加步行距离，经康复治疗师同意后由助行器过渡到手杖，再到不用辅助。' },
  },
  'gluteal-sets': {
    name: { en: 'Gluteal sets', 'zh-CN': '臀肌等长收缩' },
    instructions: { en: 'Squeeze the buttocks together, hold for 5 seconds, relax.', 'zh-CN': '夹紧臀部肌肉，保持5秒后放松。' },
  },
  'turning-in-bed': {
    name: { en: 'Turning in bed', 'zh-CN': '床上翻身练习' },
    instructions: { en: 'Bend the knees, hold the wound with a pillow, and roll to the side in one movement; sit up from the side.', 'zh-CN': '屈膝，用枕头护住伤口，整体翻向一侧，再从侧卧位坐起。' },
  },
  'early-walking': {
    name: { en: 'Walking', 'zh-CN': '下床行走' },
    instructions: { en: 'Get up and walk several times a day, a little further each time, as comfort allows.', 'zh-CN': '每天下床行走数次，在可耐受范围内逐渐增加距离。' },
  },
} as const satisfies Record<string, ExerciseDefinition>;

/** An exercise id of the built-in catalogue. @category Plans */
export type ExerciseId = keyof typeof EXERCISES;

/** True when `id` names an exercise of the built-in catalogue. @internal */
export function isBuiltInExercise(id: string): id is ExerciseId {
  return Object.prototype.hasOwnProperty.call(EXERCISES, id);
}
