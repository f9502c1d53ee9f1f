import type { Wml } from '../wml';
import { dataTable, emptyNote, fieldBlock, heading3 } from '../elements';
import type { SectionBuilder } from './types';

/** Samverkan och organisation: what each party brings, steering and working groups, other collaborators. */
export const collaborationSection: SectionBuilder = (ctx) => {
  const { app, t, label } = ctx;
  const c = app.collaboration;
  const children: Wml[] = [heading3(label('collaboration.contributions'))];
  if (c.contributions.length) {
    children.push(
      dataTable({
        columns: [
          { header: t('party'), weight: 30 },
          { header: label('collaboration.contributions.*.text'), weight: 70 },
        ],
        rows: c.contributions.map((k) => [ctx.partyName(k.partyId), { text: k.text, multiline: true }]),
      }),
    );
  } else children.push(emptyNote(ctx));
  children.push(
    ...fieldBlock(ctx, 'collaboration.steering', c.steering),
    ...fieldBlock(ctx, 'collaboration.workingGroups', c.workingGroups),
    ...fieldBlock(ctx, 'collaboration.otherCollaborators', c.otherCollaborators),
  );
  return { title: t('collaboration'), children };
};
