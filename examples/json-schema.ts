/**
 * The JSON Schema of the patient record, for hospital systems that validate in another language
 * or generate an entry form from it.
 *
 * Run: npm run build && node --import tsx examples/json-schema.ts
 */
import assert from 'node:assert/strict';
import { inputJsonSchema } from 'carepath';

const result = inputJsonSchema('PatientRecord');
if (result._tag === 'Left') throw new Error(result.left.message);
{
  const schema = result.right as { required: string[]; properties: Record<string, { type?: string; enum?: string[] }>; additionalProperties: boolean };
  console.log(`required: ${schema.required.join(', ')}`);
  console.log(`fields:   ${Object.keys(schema.properties).join(', ')}`);
  console.log(`sex:      ${schema.properties['sex']?.enum?.join(' | ') ?? ''}`);
  assert.deepEqual(schema.required, ['id', 'birthDate', 'sex']);
  assert.equal(schema.additionalProperties, false);
  assert.deepEqual(schema.properties['sex']?.enum, ['female', 'male', 'other', 'unknown']);
}
