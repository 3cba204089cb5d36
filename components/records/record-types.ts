export interface RecordSetCursorView {
  name: string;
  type: string;
  identifier?: string;
}
