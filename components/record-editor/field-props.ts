import type { EditorState } from "./form-state";

/** Sets one field of the editor's state. */
export type SetField = <K extends keyof EditorState>(key: K, value: EditorState[K]) => void;
/** The field errors at any of these paths of the action's result, or undefined. */
export type ErrorsAt = (...paths: string[]) => string[] | undefined;
