/**
 * The teaching fields every chapter's frontmatter needs (src/chapters/schema.ts), for
 * tests that build a throw-away chapter: with them, the chapter has only the defect the
 * test is about.
 */
export const TEACHING_FIELDS =
  'learningGoals: [Explain what this test chapter is for., Tell a broken chapter from a good one.]\n' +
  'discussion: [Why should a build fail loudly?, What makes an error message useful?]\n' +
  'quiz:\n  - question: Does this build pass?\n    answer: No.\n  - question: Why not?\n    answer: One defect.\n';
