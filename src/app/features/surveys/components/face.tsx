// A face for the five-faces answers: 1 the saddest, 5 the happiest. Drawn, not an emoji, so every phone shows the
// same face; decorative (the word beside it says it).
const MOUTHS: Record<string, string> = {
  '1': 'M9 18 Q16 11 23 18',
  '2': 'M10 17 Q16 14 22 17',
  '3': 'M10 16 L22 16',
  '4': 'M10 15 Q16 19 22 15',
  '5': 'M9 14 Q16 22 23 14',
};

export function Face({ answer }: { answer: string }) {
  return (
    <svg className={`survey-face survey-face-${answer}`} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="14" />
      <circle className="survey-face-eye" cx="11" cy="12" r="1.6" />
      <circle className="survey-face-eye" cx="21" cy="12" r="1.6" />
      <path d={MOUTHS[answer] ?? MOUTHS['3']} />
    </svg>
  );
}
