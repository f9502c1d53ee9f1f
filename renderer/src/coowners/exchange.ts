import { mergePartnerCopy, prepareCopyForPartner } from '../../../shared/workflow';
import { api } from '../api';
import { useStore } from '../store';
import { baseName } from '../shell/fileActions';
import { actingPartyId, currentWho, orgName } from './identity';
import { strings } from './strings';
import { tNow } from '../i18n/now';
import { ui } from '../i18n/strings';

/** One sentence per reason a partner's copy is not merged at all; neither file is touched. */
const REFUSED = {
  'different-application': 'review.otherApplication',
  'different-decisions': 'review.differentDecisions',
  'decided-content-missing': 'review.decidedMissing',
} as const;

export type ExchangeOutcome = { kind: 'ok' | 'failed'; text: string } | null;

/** The partner's organisation: the first party of another kind than the one the user acts for (or another party). */
function partnerName(): string {
  const s = useStore.getState();
  if (!s.app) return '';
  const parties = s.app.parties;
  const mine = actingPartyId(s.app, s.actingFor);
  const me = parties.find((p) => p.id === mine);
  const other = (me && parties.find((p) => p.id !== me.id && p.sector !== me.sector)) ?? parties.find((p) => p.id !== mine);
  return other ? orgName(parties, other.id, s.language) : '';
}

/**
 * "Skicka till samverkanspart": writes a copy that remembers the version it was sent from; this document remembers
 * it too (so it becomes an unsaved change), and stays this document.
 */
export async function sendToPartner(): Promise<ExchangeOutcome> {
  const s = useStore.getState();
  const app = s.app;
  if (!app) return null;
  const { mine, copy } = prepareCopyForPartner(app, currentWho(), new Date());
  const title = app.project.title.trim() || tNow(ui)('app.untitled');
  const partner = partnerName();
  const suggestedName = (partner ? tNow(strings)('review.copyName', { title, partner }) : tNow(strings)('review.copyNameNoPartner', { title })).slice(0, 200);
  const res = await api().saveCopy({ application: copy, suggestedName });
  if (res.status === 'cancelled') return null;
  if (res.status === 'error') return { kind: 'failed', text: tNow(strings)('review.sendFailed', { message: res.message[s.language] }) };
  const now = useStore.getState();
  // The document may have been edited while the dialog was open: only the exchange record is taken over.
  if (now.app) now.update(['workflow', 'exchange'], mine.workflow.exchange);
  const text = tNow(strings)('review.sentTo', { name: baseName(res.path) });
  now.announce(text);
  return { kind: 'ok', text };
}

/** "Läs in samverkanspartens version": reads and merges, then shows the result; nothing is applied here. */
export async function readPartnerCopy(): Promise<ExchangeOutcome> {
  const s = useStore.getState();
  if (!s.app) return null;
  const res = await api().readCopy({});
  if (res.status === 'cancelled') return null;
  if (res.status === 'error') return { kind: 'failed', text: tNow(strings)('review.readFailed', { message: res.message[s.language] }) };
  const mine = useStore.getState().app;
  if (!mine) return null;
  const result = mergePartnerCopy(mine, res.application);
  if (!result.ok) return { kind: 'failed', text: tNow(strings)(REFUSED[result.reason]) };
  useStore.getState().setPartnerMerge({ mine, theirs: res.application, result, fileName: baseName(res.path), notice: res.notice });
  return null;
}
