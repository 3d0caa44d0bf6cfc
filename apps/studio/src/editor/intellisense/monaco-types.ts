// Types only: Monaco itself is loaded lazily (monaco-loader.ts), so nothing here may import its code.
import type * as MonacoApi from 'virtual:monaco-python';

/** The Monaco API object handed to onMount. */
export type Monaco = typeof MonacoApi;
export type CodeEditorInstance = MonacoApi.editor.IStandaloneCodeEditor;
export type TextModel = MonacoApi.editor.ITextModel;
export type MarkerData = MonacoApi.editor.IMarkerData;
export type MonacoRange = MonacoApi.IRange;
export type MonacoCompletionItem = MonacoApi.languages.CompletionItem;
export type MonacoCodeAction = MonacoApi.languages.CodeAction;
export type MarkdownString = MonacoApi.IMarkdownString;
