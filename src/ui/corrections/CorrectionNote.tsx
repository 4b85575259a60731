/** "Corrected: what the analyst did", shown in the details of a corrected actor or tie. */
export function CorrectionNote({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <p className="correction-note">
      <span className="status-tag corrected-tag">corrected</span> {text}
    </p>
  );
}
