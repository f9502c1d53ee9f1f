import type { CostLine, FinancingLine } from '../../../../shared/model/schema';
import type { ItemPath, Path } from '../../store/paths';

/** The budget's two lists of lines, which share one grid. */
export type LineList = readonly ['budget', 'costLines'] | readonly ['budget', 'financingLines'];
export type LinePath =
  | ItemPath<['budget', 'costLines']>
  | ItemPath<['budget', 'financingLines']>
  /** The same amount cells, reused by the follow-up: a report's outcome line, a change request's proposed line. */
  | ItemPath<['lifecycle', 'reports', number, 'outcomes']>
  | ItemPath<['lifecycle', 'changeRequests', number, 'proposed', 'budget', 'costLines']>;
/** A field of a cost or a financing line: what a grid column edits (checked against the schema's lines). */
export type LineField = (keyof CostLine | keyof FinancingLine) & string;

/** The line a cell belongs to: a cell's path is always its line's path and one field. */
export function lineOf(cell: Path): LinePath {
  return cell.slice(0, -1) as unknown as LinePath;
}

export function lineAt(list: LineList, index: number): LinePath {
  return [...list, index] as LinePath;
}

/**
 * A line's field. The columns of a grid name the fields of that grid's lines; which list a path is in is known only
 * at run time, so the check is the field's name against both kinds of line, here in one place.
 */
export function cellPath(line: LinePath, field: LineField): Path {
  return [...line, field] as Path;
}
