import { TextArea } from '../../components';
import type { Needs } from '../../../../shared/model/schema';

/** Order of the questions follows the joint needs analysis as the funder describes it. */
const QUESTIONS: (keyof Needs)[] = ['need', 'extent', 'sources', 'causes', 'consequences', 'whereGreatest', 'existingEfforts', 'jointAnalysis'];

export default function NeedsStep() {
  return (
    <div className="form-section">
      {QUESTIONS.map((key) => (
        <TextArea key={key} path={['needs', key]} rows={key === 'sources' ? 3 : 5} />
      ))}
    </div>
  );
}
