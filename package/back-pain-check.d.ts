// Types for <back-pain-check>, the low back pain self-assessment element.
//
//   import 'back-pain-check';                          // defines the element
//   import type { Assessment } from 'back-pain-check'; // these types
//
// The package's module exports no values: importing it defines the custom
// element, and these types describe the element, its attributes and events.
// The answer and assessment shapes are the assessment contract's (version 1):
// known ids and options are listed, and every list stays open (a record of
// question id to value, `string & {}` on option ids), because the product
// may ask more questions and return more fields in a minor version.
// KnownAnswers is written from the engine's question table when the package
// is made (`cargo run --example manifest -- --dts`, run by
// scripts/package.mjs), and tests/package checks the rest against
// custom-elements.json.

/** Leaves a union of known strings open to new ones without losing completion. */
type Open<Known extends string> = Known | (string & {});

/** Counts as unanswered on warning-sign questions; shown back as "Not sure". */
export type NotSure = 'not_sure';

/** A warning-sign (red-flag) yes/no answer. */
type Flag = boolean | NotSure;

/** The answers the contract names, each optional (an unanswered question is absent). */
export interface KnownAnswers {
  // KnownAnswers: one line per question, written by `manifest -- --dts`.
}

/** One answer: a boolean, an integer, an option id or a list of option ids. */
export type AnswerValue = boolean | number | string | string[];

/** A question id: the contract's, or one added since. */
export type QuestionId = Open<Extract<keyof KnownAnswers, string>>;

/** The answers given, from question id to value: the contract's input shape. */
export type Answers = KnownAnswers & { [id: string]: AnswerValue | undefined };

export type Triage = 'emergency' | 'urgent' | 'see_gp' | 'self_care';

export type RedFlagId = Open<
  'cauda_equina' | 'progressive_deficit' | 'malignancy' | 'infection' | 'fracture' | 'major_trauma'
>;

export type PatternId = Open<'non_specific' | 'radicular' | 'stenosis' | 'inflammatory' | 'spondylolysis'>;

/** A finding and the question ids whose answers produced it. */
export interface Finding<Id extends string = string> {
  id: Id;
  because: QuestionId[];
}

export interface RiskFactor extends Finding {
  /** Whether the person can change it (smoking, activity...). */
  modifiable: boolean;
}

/** STarT Back bands, applied to the widget's own items. */
export interface Prognosis {
  band: Open<'low' | 'medium' | 'high'>;
  total: number;
  psychosocial: number;
}

/** The assessment: the contract's output shape (version 1). */
export interface Assessment {
  contract: 1;
  /** False under 16: the triage is then `see_gp` and the advice says why. */
  in_scope: boolean;
  triage: Triage;
  red_flags: Finding<RedFlagId>[];
  /** Warning-sign questions not answered (or answered "Not sure"). */
  unanswered_red_flags: QuestionId[];
  duration: 'acute' | 'subacute' | 'chronic' | null;
  patterns: Finding<PatternId>[];
  risk_factors: RiskFactor[];
  /** Null when its items were not answered. */
  prognosis: Prognosis | null;
  advice: Finding[];
}

/** `event.detail` of `assessment-complete`. */
export interface AssessmentCompleteDetail {
  assessment: Assessment;
  answers: Answers;
}

/** The element's events; both bubble and are composed, so `document` hears them. */
export interface BackPainCheckEventMap {
  /** Each time a result is shown. */
  'assessment-complete': CustomEvent<AssessmentCompleteDetail>;
  /** When the person starts again, or the host calls `reset()`. */
  'assessment-restart': CustomEvent<null>;
}

/** The attributes and the values the element accepts (all optional). */
export interface BackPainCheckAttributes {
  /** `en` or `es`; a region such as `es-MX` is fine. Default: the browser's languages, else English. */
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  /** A phone number such as `112`, `999`, `911`. Default `112`. */
  'emergency-number'?: string;
  /** Up to 120 characters. */
  'clinic-name'?: string;
  /** Up to 200 characters (how to book). */
  'clinic-contact'?: string;
  save?: 'none' | 'local';
}

/**
 * The `<back-pain-check>` element. Its class is defined by importing the
 * package and is not exported; get it with
 * `customElements.get('back-pain-check')`, an instance with
 * `document.createElement('back-pain-check')`.
 */
export interface BackPainCheck extends HTMLElement {
  /** The latest assessment shown, or null before a result and after a restart. */
  readonly assessment: Assessment | null;
  /** Clears every answer and starts again. */
  reset(): void;

  addEventListener<K extends keyof BackPainCheckEventMap>(
    type: K,
    listener: (this: BackPainCheck, event: BackPainCheckEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: BackPainCheck, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof BackPainCheckEventMap>(
    type: K,
    listener: (this: BackPainCheck, event: BackPainCheckEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: BackPainCheck, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

/** The element's class, as `customElements.get('back-pain-check')` returns it. */
export interface BackPainCheckConstructor {
  new (): BackPainCheck;
  readonly prototype: BackPainCheck;
  readonly observedAttributes: (keyof BackPainCheckAttributes)[];
}

declare global {
  interface HTMLElementTagNameMap {
    'back-pain-check': BackPainCheck;
  }
  // The events bubble out of the shadow root to the document.
  interface DocumentEventMap extends BackPainCheckEventMap {}
}
