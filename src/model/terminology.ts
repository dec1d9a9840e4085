/**
 * Terminology binding table for carepath's canonical vocabularies.
 *
 * WHAT THIS FILE IS
 * -----------------
 * A static, dependency-free map from carepath's canonical keys (conditions,
 * procedures, observations) to codes in external code systems:
 *   - SNOMED CT ............ http://snomed.info/sct
 *   - ICD-10 (WHO) ......... http://hl7.org/fhir/sid/icd-10
 *   - ICD-10-CM (US) ....... http://hl7.org/fhir/sid/icd-10-cm
 *   - ICD-9-CM vol. 3 ...... http://hl7.org/fhir/sid/icd-9-cm (procedure codes, still
 *                            used for procedures by many Chinese hospitals)
 *   - ICD-10-PCS ........... http://www.cms.gov/Medicare/Coding/ICD10 (one entry only)
 *   - LOINC ................ http://loinc.org
 *
 * HOW IT WAS VERIFIED
 * -------------------
 * Each code was looked up against stored copies of public material (no live
 * terminology server was available):
 *   - HL7 FHIR specification and implementation guides (hl7.org/fhir, build.fhir.org):
 *     vital-signs value set, US Core / LIVD / NHSN-ADE / EBM examples;
 *   - loinc.org pages and the LOINC forum (forum.loinc.org);
 *   - public LOINC / ICD code-lookup pages (e.g. healthassure.in, icdlist.com,
 *     hccbuddy.com, diseasedb.com, NHS classification browser);
 *   - NCHS "Health, United States" ICD-9-CM procedure table (ncbi.nlm.nih.gov);
 *   - public GitHub code (Synthea tables, HL7 FSH value sets, clinical apps); files
 *     found through a full-text code index are cited as "gh-index file <id>" because
 *     the index returns file ids, not repository paths.
 *
 * `verified: true` means: the code was seen in at least one of those sources with the
 * meaning given here (for LOINC: with the long common name given in `display`).
 * `verified: false` means: the code is my best candidate but I could not confirm it in
 * this session (typically: WHO ICD-10 titles where only the ICD-10-CM title was seen,
 * or concepts with no clear standard code). Re-check every `verified: false` entry on
 * an authoritative browser before production use:
 *   - SNOMED CT: https://browser.ihtsdotools.org/
 *   - LOINC:     https://loinc.org/<code>/
 *   - WHO ICD-10: https://icd.who.int/browse10/2019/en
 *   - ICD-10-CM: https://www.cms.gov/medicare/coding-billing/icd-10-codes
 * SNOMED `display` values are preferred terms (not fully specified names).
 *
 * Ordering rule for observations: the first coding is the main code. For
 * glucose-fasting (canonical mmol/L) and hba1c (canonical %) the first code's LOINC
 * property matches the stated canonical unit; elsewhere the order given in the
 * original brief is kept and the molar (or mass) alternative follows.
 *
 * LICENCES
 * --------
 * - SNOMED CT: copyright SNOMED International. Use of SNOMED CT in production
 *   systems requires an Affiliate Licence (free in member countries through the
 *   National Release Centre; China is not a member at the time of writing, so a
 *   licence from SNOMED International is needed there). Codes are listed here for
 *   interoperability mapping only.
 * - LOINC: This material contains content from LOINC (http://loinc.org). LOINC is
 *   copyright © Regenstrief Institute, Inc. and the Logical Observation Identifiers
 *   Names and Codes (LOINC) Committee and is available at no cost under the license at
 *   http://loinc.org/license.
 * - ICD-10 (WHO): copyright World Health Organization; codes and titles may be used
 *   for classification/interoperability, redistribution of the classification itself
 *   is subject to WHO terms.
 * - ICD-10-CM, ICD-10-PCS and ICD-9-CM are US Government works (NCHS/CMS) in the
 *   public domain.
 */

export interface Coding {
  readonly system: string;
  readonly code: string;
  readonly display: string;
  readonly verified: boolean;
}

const SCT = 'http://snomed.info/sct';
const ICD10 = 'http://hl7.org/fhir/sid/icd-10';
const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm';
const ICD9CM = 'http://hl7.org/fhir/sid/icd-9-cm';
const ICD10PCS = 'http://www.cms.gov/Medicare/Coding/ICD10';
const LOINC = 'http://loinc.org';

// ---------------------------------------------------------------------------
// Conditions: SNOMED CT first, then WHO ICD-10, then (optionally) ICD-10-CM.
// ---------------------------------------------------------------------------
export const conditionCodings = {
  'diabetes-type-1': [
    { system: SCT, code: '46635009', display: 'Type 1 diabetes mellitus', verified: true }, // source: gh-index files 57355567447, 38290693946 (FSN "Type 1 diabetes mellitus (disorder)")
    { system: ICD10, code: 'E10.9', display: 'Type 1 diabetes mellitus, without complications', verified: true }, // source: E10.x titled "Type 1 diabetes mellitus" under http://hl7.org/fhir/sid/icd-10 in github cens-chile/IG-ihce-co input/fsh/Ejemplos/EjCondition.fsh
    { system: ICD10CM, code: 'E10.9', display: 'Type 1 diabetes mellitus without complications', verified: true }, // source: gh-index file 57355567447 (ICD-10-CM diagnosis catalog)
  ],
  'diabetes-type-2': [
    { system: SCT, code: '44054006', display: 'Type 2 diabetes mellitus', verified: true }, // source: gh-index files 57355567447, 38290693946
    { system: ICD10, code: 'E11.9', display: 'Type 2 diabetes mellitus, without complications', verified: true }, // source: gh-index file 57634142802 (WHO ICD-10 crosswalk); same .9 structure as E10.9
    { system: ICD10CM, code: 'E11.9', display: 'Type 2 diabetes mellitus without complications', verified: true }, // source: gh-index file 57355567447
  ],
  prediabetes: [
    { system: SCT, code: '714628002', display: 'Prediabetes', verified: true }, // source: gh-index files 53356529044, 53188954268 (replaces inactive 15777000)
    // WHO ICD-10 has no "prediabetes" code; R73.0 is the closest category. Title not confirmed this session.
    { system: ICD10, code: 'R73.0', display: 'Abnormal glucose tolerance test', verified: false }, // source: none found (best candidate)
    { system: ICD10CM, code: 'R73.03', display: 'Prediabetes', verified: true }, // source: https://www.aapc.com/discuss/threads/pre-diabetes.86850/
  ],
  'gestational-diabetes': [
    { system: SCT, code: '11687002', display: 'Gestational diabetes mellitus', verified: true }, // source: gh-index files 44427403665, 52400278706
    // Code O24.4 confirmed; the WHO title wording below was not seen this session.
    { system: ICD10, code: 'O24.4', display: 'Diabetes mellitus arising in pregnancy', verified: false }, // source: none found for WHO title (ICD-10-CM O24.4 = "Gestational diabetes mellitus", https://icdlist.com/icd-10/o244)
    { system: ICD10CM, code: 'O24.419', display: 'Gestational diabetes mellitus in pregnancy, unspecified control', verified: true }, // source: https://icdlist.com/icd-10/O24.4
  ],
  hypertension: [
    { system: SCT, code: '38341003', display: 'Hypertensive disorder, systemic arterial', verified: true }, // source: gh-index files 55070940271, 44394781640
    { system: SCT, code: '59621000', display: 'Essential hypertension', verified: true }, // source: gh-index file 57355567447; github mcode/mcode-omop input/fsh/syn_condition.fsh (Synthea)
    { system: ICD10, code: 'I10', display: 'Essential (primary) hypertension', verified: true }, // source: gh-index file 57634142802
    { system: ICD10CM, code: 'I10', display: 'Essential (primary) hypertension', verified: true }, // source: gh-index file 57355567447
  ],
  dyslipidaemia: [
    { system: SCT, code: '370992007', display: 'Dyslipidemia', verified: true }, // source: gh-index files 71163981182, 66681672177, 55407321630
    { system: ICD10, code: 'E78.5', display: 'Hyperlipidaemia, unspecified', verified: true }, // source: gh-index file 55407321630 (http://hl7.org/fhir/sid/icd-10 E78.5 -> dyslipidemia)
    { system: ICD10CM, code: 'E78.5', display: 'Hyperlipidemia, unspecified', verified: true }, // source: gh-index file 57355567447
  ],
  obesity: [
    { system: SCT, code: '414916001', display: 'Obesity', verified: true }, // source: gh-index files 57355567447, 44394781640
    { system: ICD10, code: 'E66.9', display: 'Obesity, unspecified', verified: false }, // source: only the ICD-10-CM code was seen (gh-index file 65795210946); WHO title expected identical
    { system: ICD10CM, code: 'E66.9', display: 'Obesity, unspecified', verified: true }, // source: gh-index file 57355567447
  ],
  'chronic-kidney-disease': [
    { system: SCT, code: '709044004', display: 'Chronic kidney disease', verified: true }, // source: gh-index files 67516913204, 52953690195
    { system: ICD10, code: 'N18.9', display: 'Chronic kidney disease, unspecified', verified: false }, // source: none found this session (best candidate)
    { system: ICD10CM, code: 'N18.9', display: 'Chronic kidney disease, unspecified', verified: false }, // source: none found this session (best candidate)
  ],
  'diabetic-retinopathy': [
    { system: SCT, code: '4855003', display: 'Retinopathy due to diabetes mellitus', verified: true }, // source: gh-index files 67442408906 (ConceptMap), 56032110178
    // WHO asterisk (manifestation) code; pair with a dagger code E10-E14 with 4th character .3.
    { system: ICD10, code: 'H36.0', display: 'Diabetic retinopathy', verified: true }, // source: gh-index file 68661614244
    // No type-neutral ICD-10-CM code exists (E08-E13 x .31-.35 are type-specific), so none is listed.
  ],
  'diabetic-neuropathy': [
    { system: SCT, code: '230572002', display: 'Neuropathy due to diabetes mellitus', verified: true }, // source: gh-index files 56032110178, 51987149996, 65795210946
    // WHO asterisk code; pair with a dagger code E10-E14 with 4th character .4.
    { system: ICD10, code: 'G63.2', display: 'Diabetic polyneuropathy', verified: false }, // source: none found this session (best candidate)
  ],
  'diabetic-foot-ulcer': [
    { system: SCT, code: '280137006', display: 'Diabetic foot ulcer', verified: true }, // source: gh-index file 65795210946
    // WHO ICD-10 classifies diabetic ulcer under E10-E14 4th character .5; E14.5 is the type-neutral form.
    { system: ICD10, code: 'E14.5', display: 'Unspecified diabetes mellitus, with peripheral circulatory complications', verified: false }, // source: none found this session (best candidate)
    { system: ICD10, code: 'L97', display: 'Ulcer of lower limb, not elsewhere classified', verified: false }, // source: none found this session (best candidate)
  ],
  'peripheral-artery-disease': [
    { system: SCT, code: '399957001', display: 'Peripheral arterial occlusive disease', verified: true }, // source: gh-index files 10246908245, 51865545498
    { system: ICD10, code: 'I73.9', display: 'Peripheral vascular disease, unspecified', verified: false }, // source: only the ICD-10-CM title was seen (https://hccbuddy.com/icd10/I73.9); WHO title expected identical
    { system: ICD10CM, code: 'I73.9', display: 'Peripheral vascular disease, unspecified', verified: true }, // source: https://www.icd10guideline.com/icd-10-code/I73.9
  ],
  'lower-limb-amputation': [
    // No single SNOMED "lower limb amputation status" concept was confirmed; this is the
    // confirmed generic "history of limb amputation" situation concept.
    { system: SCT, code: '271396005', display: 'History of limb amputation', verified: true }, // source: gh-index files 45297776 (Synthea), 40713644013 (HL7 FSH value set)
    { system: ICD10, code: 'Z89.5', display: 'Acquired absence of leg at or below knee', verified: false }, // source: https://www.diseasedb.com/icd10/Z89.5 shows ICD-10-CM title only
    { system: ICD10, code: 'Z89.6', display: 'Acquired absence of leg above knee', verified: false }, // source: https://www.diseasedb.com/icd10/Z89.6 (ICD-10-CM title)
    { system: ICD10CM, code: 'Z89.9', display: 'Acquired absence of limb, unspecified', verified: true }, // source: https://iframe.ai/medical-coding/ICD-10-CM/Z89.9
  ],
  'coronary-heart-disease': [
    { system: SCT, code: '53741008', display: 'Coronary arteriosclerosis', verified: true }, // source: gh-index file 57355567447
    { system: ICD10, code: 'I25.1', display: 'Atherosclerotic heart disease', verified: false }, // source: https://legalclarity.org/atherosclerosis-icd-10-codes-i70-category-and-beyond/ (ICD-10-CM context only; WHO title not seen)
    { system: ICD10CM, code: 'I25.10', display: 'Atherosclerotic heart disease of native coronary artery without angina pectoris', verified: true }, // source: gh-index file 57355567447
  ],
  stroke: [
    { system: SCT, code: '230690007', display: 'Cerebrovascular accident', verified: true }, // source: gh-index files 57634142802, 53235418961
    { system: ICD10, code: 'I64', display: 'Stroke, not specified as haemorrhage or infarction', verified: true }, // source: gh-index file 57634142802
    // ICD-10-CM has no I64; "Stroke NOS" is an inclusion term of I63.9.
    { system: ICD10CM, code: 'I63.9', display: 'Cerebral infarction, unspecified', verified: true }, // source: https://hccbuddy.com/icd10/I63.9
  ],
  'cardiovascular-disease': [
    { system: SCT, code: '38716007', display: 'Atherosclerosis', verified: true }, // source: gh-index files 69705386621, 37060648925
    { system: ICD10, code: 'I70.9', display: 'Generalized and unspecified atherosclerosis', verified: false }, // source: none found this session (best candidate)
    { system: ICD10CM, code: 'I70.90', display: 'Unspecified atherosclerosis', verified: true }, // source: https://icdlist.com/icd-10/I70.90
  ],
  'heart-failure': [
    { system: SCT, code: '84114007', display: 'Heart failure', verified: true }, // source: gh-index files 57634142802, 58665044602
    { system: ICD10, code: 'I50.9', display: 'Heart failure, unspecified', verified: true }, // source: gh-index file 57634142802
    { system: ICD10CM, code: 'I50.9', display: 'Heart failure, unspecified', verified: true }, // source: gh-index file 57634142802
  ],
  'atrial-fibrillation': [
    { system: SCT, code: '49436004', display: 'Atrial fibrillation', verified: true }, // source: gh-index file 57355567447
    { system: ICD10, code: 'I48.9', display: 'Atrial fibrillation and atrial flutter, unspecified', verified: true }, // source: https://diseasedb.com/icd10/I48
    { system: ICD10CM, code: 'I48.91', display: 'Unspecified atrial fibrillation', verified: true }, // source: https://www.diseasedb.com/icd10/I48.91
  ],
  copd: [
    { system: SCT, code: '13645005', display: 'Chronic obstructive lung disease', verified: true }, // source: gh-index files 57634142802, 57355567447
    { system: ICD10, code: 'J44.9', display: 'Chronic obstructive pulmonary disease, unspecified', verified: true }, // source: gh-index file 57634142802
    { system: ICD10CM, code: 'J44.9', display: 'Chronic obstructive pulmonary disease, unspecified', verified: true }, // source: gh-index file 57355567447
  ],
  cancer: [
    { system: SCT, code: '363346000', display: 'Malignant neoplastic disease', verified: true }, // source: gh-index file 53769211107
    { system: ICD10, code: 'C80.9', display: 'Malignant neoplasm, primary site unspecified', verified: false }, // source: none found this session (title changed in WHO 2016 update)
    { system: ICD10CM, code: 'C80.1', display: 'Malignant (primary) neoplasm, unspecified', verified: true }, // source: https://www.diseasedb.com/icd10/C80.1
  ],
  'venous-thromboembolism': [
    { system: SCT, code: '429098002', display: 'Thromboembolism of vein', verified: true }, // source: gh-index files 61951726469, 56892115804
    { system: ICD10, code: 'I82.9', display: 'Embolism and thrombosis of unspecified vein', verified: false }, // source: none found this session (best candidate)
    { system: ICD10CM, code: 'I82.90', display: 'Acute embolism and thrombosis of unspecified vein', verified: false }, // source: gh-index file 55085837822 shows the code only, title not confirmed
  ],
  'cognitive-impairment': [
    { system: SCT, code: '386806002', display: 'Impaired cognition', verified: true }, // source: gh-index files 38290693946, 59681264296 (ConceptMap)
    { system: ICD10, code: 'F06.7', display: 'Mild cognitive disorder', verified: true }, // source: gh-index files 58578374182, 58971710524 (MCI -> F06.7)
    { system: ICD10CM, code: 'G31.84', display: 'Mild cognitive impairment of uncertain or unknown etiology', verified: true }, // source: https://thewrightinitiative.com/misc/icd-10-code-neurocognitive-disorder.html
  ],
  depression: [
    { system: SCT, code: '35489007', display: 'Depressive disorder', verified: true }, // source: gh-index file 57634142802
    { system: ICD10, code: 'F32.9', display: 'Depressive episode, unspecified', verified: true }, // source: gh-index file 57634142802; https://speakerdeck.com/e4health/fy-2024-mdc-19-mental-disorders
    { system: ICD10CM, code: 'F32.A', display: 'Depression, unspecified', verified: true }, // source: https://icdlist.com/icd-10/F32.A
  ],
  osteoarthritis: [
    { system: SCT, code: '396275006', display: 'Osteoarthritis', verified: true }, // source: gh-index file 57355567447
    { system: ICD10, code: 'M19.9', display: 'Arthrosis, unspecified', verified: false }, // source: none found this session (best candidate)
    { system: ICD10CM, code: 'M19.90', display: 'Unspecified osteoarthritis, unspecified site', verified: true }, // source: gh-index file 57355567447
  ],
} as const satisfies Record<string, readonly Coding[]>;

// ---------------------------------------------------------------------------
// Procedures: SNOMED CT first, then ICD-9-CM volume 3 (+ ICD-10-PCS where certain).
// ---------------------------------------------------------------------------
export const procedureCodings = {
  'total-knee-arthroplasty': [
    { system: SCT, code: '609588000', display: 'Total knee replacement', verified: true }, // source: gh-index files 1126494824, 65986991292, 57101997576
    { system: ICD9CM, code: '81.54', display: 'Total knee replacement', verified: true }, // source: https://www.ncbi.nlm.nih.gov/books/NBK21001/table/A668/
    // ICD-10-PCS knee replacement codes are laterality- and device-specific (0SRC/0SRD...), so none is listed.
  ],
  'total-hip-arthroplasty': [
    { system: SCT, code: '52734007', display: 'Total hip replacement', verified: true }, // source: gh-index files 1126494824, 56980539906
    { system: ICD9CM, code: '81.51', display: 'Total hip replacement', verified: true }, // source: https://www.ncbi.nlm.nih.gov/books/NBK21001/table/A668/ ; http://www.fortherecordmag.com/archives/083010p28.shtml
  ],
  'laparoscopic-cholecystectomy': [
    { system: SCT, code: '45595009', display: 'Laparoscopic cholecystectomy', verified: true }, // source: gh-index files 70403478047, 55062121488
    { system: ICD9CM, code: '51.23', display: 'Laparoscopic cholecystectomy', verified: true }, // source: https://www.ncbi.nlm.nih.gov/books/NBK21001/table/A668/
    { system: ICD10PCS, code: '0FT44ZZ', display: 'Resection of Gallbladder, Percutaneous Endoscopic Approach', verified: true }, // source: gh-index files 70391831653, 1811762312
  ],
  'surgery-other': [
    { system: SCT, code: '387713003', display: 'Surgical procedure', verified: true }, // source: gh-index files 59734861087, 1877847413 (FHIR Procedure.category pattern)
    // ICD-9-CM volume 3 has no generic "surgical procedure, unspecified" code, so none is listed.
  ],
} as const satisfies Record<string, readonly Coding[]>;

// ---------------------------------------------------------------------------
// Observations: LOINC, main code first; `display` is the LOINC long common name.
// ---------------------------------------------------------------------------
export const observationCodings = {
  'glucose-fasting': [
    // Canonical unit mmol/L -> molar code first.
    { system: LOINC, code: '14771-0', display: 'Fasting glucose [Moles/volume] in Serum or Plasma', verified: true }, // source: gh-index files 6146620553, 44394781640 (Ontario pCLOCD table)
    { system: LOINC, code: '1558-6', display: 'Fasting glucose [Mass/volume] in Serum or Plasma', verified: true }, // source: gh-index files 36322792796, 60138899386
  ],
  'glucose-random': [
    { system: LOINC, code: '2345-7', display: 'Glucose [Mass/volume] in Serum or Plasma', verified: true }, // source: https://hl7.org/fhir/us/core/STU7/Observation-serum-glucose.html
    // Corrected: 15074-8 is "Glucose [Moles/volume] in Blood" (whole blood), not serum/plasma.
    { system: LOINC, code: '14749-6', display: 'Glucose [Moles/volume] in Serum or Plasma', verified: true }, // source: https://hl7.org/fhir/uv/livd/2024Jan/ValueSet-testcode-mappings-livd.html
  ],
  'glucose-postprandial-1h': [
    { system: LOINC, code: '10449-7', display: 'Glucose [Mass/volume] in Serum or Plasma --1 hour post meal', verified: true }, // source: gh-index files 46201629730, 70375430120
    { system: LOINC, code: '40287-5', display: 'Glucose [Moles/volume] in Serum or Plasma --1 hour post meal', verified: true }, // source: https://hl7.org/fhir/us/nhsn-ade/STU1/Observation-observation-lab-ade.html
  ],
  'glucose-postprandial-2h': [
    { system: LOINC, code: '1521-4', display: 'Glucose [Mass/volume] in Serum or Plasma --2 hours post meal', verified: true }, // source: gh-index files 53949147968, 55278933130, 63351928831
    // The serum/plasma molar term exists in LOINC but its code could not be confirmed, so it is not listed.
    // (Capillary: 14760-3 "Glucose [Moles/volume] in Capillary blood --2 hours post meal",
    //  https://www.healthassure.in/codes/loinc-14760-3-glucose-2-hr-post-meal-bldc-molesvol)
  ],
  'glucose-ogtt-1h': [
    { system: LOINC, code: '1507-3', display: 'Glucose [Mass/volume] in Serum or Plasma --1 hour post 75 g glucose PO', verified: true }, // source: gh-index files 66145579022 (HL7 FSH value set), 70375430120
    // The serum/plasma molar term exists in LOINC but its code could not be confirmed, so it is not listed.
  ],
  'glucose-ogtt-2h': [
    { system: LOINC, code: '1518-0', display: 'Glucose [Mass/volume] in Serum or Plasma --2 hours post 75 g glucose PO', verified: true }, // source: gh-index files 5315229334, 70375430120
    { system: LOINC, code: '14995-5', display: 'Glucose [Moles/volume] in Serum or Plasma --2 hours post 75 g glucose PO', verified: true }, // source: gh-index files 66145579022, 5315229334
  ],
  'glucose-capillary': [
    { system: LOINC, code: '41653-7', display: 'Glucose [Mass/volume] in Capillary blood by Glucometer', verified: true }, // source: https://www.healthassure.in/codes/loinc-41653-7-glucose-glucometer-bldc-massvol
    { system: LOINC, code: '14743-9', display: 'Glucose [Moles/volume] in Capillary blood by Glucometer', verified: true }, // source: https://www.healthassure.in/codes/loinc-14743-9-glucose-glucometer-bldc-molesvol
  ],
  hba1c: [
    { system: LOINC, code: '4548-4', display: 'Hemoglobin A1c/Hemoglobin.total in Blood', verified: true }, // source: gh-index file 44394781640; https://forum.loinc.org/t/hba1c-ifcc-in-mmol-mol/682
    // IFCC (mmol/mol) term. Later LOINC releases renamed it and list "%" as example unit; see forum thread.
    { system: LOINC, code: '59261-8', display: 'Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol', verified: true }, // source: https://loinc.org/59261-8/ ; https://forum.loinc.org/t/hba1c-loinc-59261-8-ifcc-rmp-method-but-units/2990
  ],
  'bp-systolic': [
    { system: LOINC, code: '8480-6', display: 'Systolic blood pressure', verified: true }, // source: https://hl7.org/fhir/R4B/valueset-observation-vitalsignresult.html
  ],
  'bp-diastolic': [
    { system: LOINC, code: '8462-4', display: 'Diastolic blood pressure', verified: true }, // source: https://hl7.org/fhir/R4B/valueset-observation-vitalsignresult.html
  ],
  'bp-panel': [
    { system: LOINC, code: '85354-9', display: 'Blood pressure panel with all children optional', verified: true }, // source: https://hl7.org/fhir/valueset-observation-vitalsignresult.html
  ],
  'heart-rate': [
    { system: LOINC, code: '8867-4', display: 'Heart rate', verified: true }, // source: https://hl7.org/fhir/valueset-observation-vitalsignresult.html
  ],
  'cholesterol-total': [
    { system: LOINC, code: '2093-3', display: 'Cholesterol [Mass/volume] in Serum or Plasma', verified: true }, // source: gh-index file 32722658646 (FHIR example ValueSet expansion, LOINC 2.50)
    { system: LOINC, code: '14647-2', display: 'Cholesterol [Moles/volume] in Serum or Plasma', verified: true }, // source: gh-index files 32722658646, 44394781640
  ],
  'cholesterol-hdl': [
    { system: LOINC, code: '2085-9', display: 'Cholesterol in HDL [Mass/volume] in Serum or Plasma', verified: true }, // source: https://yumaregional.testcatalog.org/show/HDCH
    { system: LOINC, code: '14646-4', display: 'Cholesterol in HDL [Moles/volume] in Serum or Plasma', verified: true }, // source: gh-index file 44394781640
  ],
  'cholesterol-ldl': [
    { system: LOINC, code: '13457-7', display: 'Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation', verified: true }, // source: gh-index files 69281170931, 62381547326
    { system: LOINC, code: '18262-6', display: 'Cholesterol in LDL [Mass/volume] in Serum or Plasma by Direct assay', verified: true }, // source: https://kootenaihealth.testcatalog.org/show/FLDLD
    { system: LOINC, code: '39469-2', display: 'Cholesterol in LDL [Moles/volume] in Serum or Plasma by calculation', verified: true }, // source: gh-index file 44394781640
  ],
  triglycerides: [
    { system: LOINC, code: '2571-8', display: 'Triglyceride [Mass/volume] in Serum or Plasma', verified: true }, // source: gh-index files 71432580296, 66486172911
    { system: LOINC, code: '14927-8', display: 'Triglyceride [Moles/volume] in Serum or Plasma', verified: true }, // source: gh-index file 26671006744 (LOINC table dump)
  ],
  creatinine: [
    { system: LOINC, code: '2160-0', display: 'Creatinine [Mass/volume] in Serum or Plasma', verified: true }, // source: gh-index files 56842803337, 5842890967
    { system: LOINC, code: '14682-9', display: 'Creatinine [Moles/volume] in Serum or Plasma', verified: true }, // source: gh-index file 44394781640
  ],
  uacr: [
    { system: LOINC, code: '9318-7', display: 'Albumin/Creatinine [Mass Ratio] in Urine', verified: true }, // source: gh-index files 52713996185, 70969573669
    // Generic [Ratio] property; the term used for results reported in mg/mmol.
    { system: LOINC, code: '32294-1', display: 'Albumin/Creatinine [Ratio] in Urine', verified: true }, // source: gh-index files 1468833328 (mapped with mg/mmol), 55608937923
    { system: LOINC, code: '14959-1', display: 'Microalbumin/Creatinine [Mass Ratio] in Urine', verified: true }, // source: https://www.healthassure.in/codes/loinc-14959-1-albumincreatinine-dl-20-mgl-u-mass-ratio
  ],
  egfr: [
    { system: LOINC, code: '98979-8', display: 'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)', verified: true }, // source: gh-index file 53128376437; https://get-ig.org (ch.fhir.ig.ch-lab-report, companion 98980-6)
  ],
  'body-weight': [
    { system: LOINC, code: '29463-7', display: 'Body weight', verified: true }, // source: https://hl7.org/fhir/valueset-observation-vitalsignresult.html
  ],
  'body-height': [
    { system: LOINC, code: '8302-2', display: 'Body height', verified: true }, // source: https://hl7.org/fhir/valueset-observation-vitalsignresult.html
  ],
  'waist-circumference': [
    { system: LOINC, code: '8280-0', display: 'Waist Circumference at umbilicus by Tape measure', verified: true }, // source: gh-index files 60006220004 (component "Circumference.at umbilicus"), 70887629232
  ],
  bmi: [
    { system: LOINC, code: '39156-5', display: 'Body mass index (BMI) [Ratio]', verified: true }, // source: https://hl7.org/fhir/valueset-observation-vitalsignresult.html
  ],
  'sleep-duration': [
    { system: LOINC, code: '93832-4', display: 'Sleep duration', verified: true }, // source: gh-index files 60726875368, 54099349482
  ],
  steps: [
    // 41950-7 is the per-24-hour term (time aspect 24H); 55423-8 has unspecified time (XXX).
    { system: LOINC, code: '41950-7', display: 'Number of steps in 24 hour Measured', verified: true }, // source: https://simplifier.net/guide/FinnishPHRImplementationGuideSTU5/StepsTakenProfile?version=current
    { system: LOINC, code: '55423-8', display: 'Number of steps in unspecified time Pedometer', verified: true }, // source: https://partner.cgmlife.com/developer-documentation/core-data-model/core-data-types/measurements-2/4-2steps/
  ],
  'knee-flexion': [
    // No LOINC term or SNOMED observable entity for knee flexion range of motion could be
    // confirmed. Candidate: the SNOMED procedure concept below, used as Observation.code
    // with bodySite = knee (as in the HL7 CPG example). Replace with an observable entity
    // once one is confirmed on the SNOMED browser.
    { system: SCT, code: '710830005', display: 'Assessment of passive range of motion', verified: false }, // source: https://hl7.org/fhir/uv/cpg/2024Jan/Procedure-os-scenario4.html (procedure concept, not an observable)
  ],
  'body-temperature': [
    { system: LOINC, code: '8310-5', display: 'Body temperature', verified: true }, // source: https://hl7.org/fhir/valueset-observation-vitalsignresult.html
  ],
  hemoglobin: [
    { system: LOINC, code: '718-7', display: 'Hemoglobin [Mass/volume] in Blood', verified: true }, // source: gh-index file 37593248885
  ],
  sodium: [
    { system: LOINC, code: '2951-2', display: 'Sodium [Moles/volume] in Serum or Plasma', verified: true }, // source: gh-index files 56843835041, 67014199345
  ],
  'oxygen-saturation': [
    { system: LOINC, code: '59408-5', display: 'Oxygen saturation in Arterial blood by Pulse oximetry', verified: true }, // source: gh-index files 54582921538, 71091597688
    { system: LOINC, code: '2708-6', display: 'Oxygen saturation in Arterial blood', verified: true }, // source: https://hl7.org/fhir/valueset-observation-vitalsignresult.html
  ],
} as const satisfies Record<string, readonly Coding[]>;
