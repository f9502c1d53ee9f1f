import { TextArea } from '../../components';
import type { FollowUp } from '../../../../shared/model/schema';

const QUESTIONS: (keyof FollowUp)[] = ['plan', 'evaluation', 'responsibilities', 'implementation', 'spreading', 'risks'];

export default function FollowUpStep() {
  return (
    <div className="form-section">
      {QUESTIONS.map((key) => (
        <TextArea key={key} path={['followUp', key]} rows={5} />
      ))}
    </div>
  );
}
