import type { SceneStep } from '../contract';

export const steps: readonly SceneStep[] = [
  { id: 'grpo', label: 'How it learns', notes: 'GRPO: a group of answers per question, scored by two rules (right answer, <think> tags), each compared with the group average. Illustrative numbers.' },
  { id: 'aime-rises', label: 'Maths score', notes: 'R1-Zero on AIME 2024: 15.6% at the start, 71.0% at the end (pass@1). Only the two ends are stated; the dashed line between them is drawn, not measured. o1-0912: 74.4%.' },
  { id: 'majority-vote', label: 'Majority vote', notes: 'Taking the most common answer of 64 tries: 86.7%, above o1-0912 (83.3%).' },
  { id: 'longer-answers', label: 'Longer answers', notes: 'Average answer length grows from about 500-600 to about 9,500-10,000 tokens (read by eye from Figure 3).' },
  { id: 'r1-zero-problems', label: "R1-Zero's flaws", notes: 'Hard to read, mixes languages (paper); endless repetition (README).' },
  { id: 'four-stages', label: 'Four stages', notes: 'Cold start SFT, reasoning RL with language-consistency reward, ~800k-sample SFT of V3-Base for 2 epochs, RL for all scenarios.' },
  { id: 'distillation', label: 'Distillation', notes: "Six small open models fine-tuned on R1's 800k samples: AIME pass@1 from 28.9% (1.5B) to 72.6% (32B). o1-mini: 63.6%." },
  { id: 'distill-vs-rl', label: 'Teacher vs self-study', notes: 'Same Qwen 32B: RL on its own 47.0% on AIME, learning from R1 72.6% (Table 6).' },
];

/**
 * The illustrative group of answers in the GRPO step: whether each answer was right
 * and whether it used the <think> format. Not data from the paper (which gives no
 * group size or reward values in this form); the figure says so.
 */
export const ILLUSTRATIVE_GROUP = [
  { id: 'a', accurate: true, formatted: true },
  { id: 'b', accurate: false, formatted: true },
  { id: 'c', accurate: true, formatted: true },
  { id: 'd', accurate: false, formatted: false },
] as const;
