import '@mantine/tiptap/styles.css';
import { Input } from '@mantine/core';
import { Link, RichTextEditor } from '@mantine/tiptap';
import { TableKit } from '@tiptap/extension-table';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useRichTextLabels } from './richTextLabels.ts';

export interface RichTextFieldProps {
  /** Where the value goes, passed back with it (a section id, "body"). */
  name: string;
  value: string;
  onChange: (name: string, html: string) => void;
  /** Names the editable area for screen readers and tests. */
  label: string;
  error?: string | undefined;
  minHeight?: number;
  /** A long text scrolls inside the editor past this height (the toolbar stays in view). */
  maxHeight?: number;
}

/**
 * A report text: paragraphs, emphasis, lists, tables (kept when pasted from Word) and links. The
 * text typed here goes up on every change; a value from elsewhere (Word import, a merge) replaces
 * what the editor shows.
 */
export const RichTextField = memo(function RichTextField({
  name,
  value,
  onChange,
  label,
  error,
  minHeight = 120,
  maxHeight,
}: RichTextFieldProps) {
  const labels = useRichTextLabels();
  /** The HTML this editor last reported: a value equal to it is our own echo, not news. */
  const emitted = useRef(value);
  // The editor reads these once; kept stable so a re-render does not reconfigure it.
  const [initial] = useState(value);
  const extensions = useMemo(
    () => [StarterKit.configure({ link: false }), Link.configure({ openOnClick: false }), TableKit],
    [],
  );
  const editorProps = useMemo(
    () => ({
      attributes: {
        'aria-label': label,
        'aria-multiline': 'true',
        role: 'textbox',
        ...(error ? { 'aria-invalid': 'true' } : {}),
      },
    }),
    [label, error],
  );
  const editor = useEditor({
    extensions,
    content: initial,
    shouldRerenderOnTransaction: false,
    immediatelyRender: true,
    editorProps,
    onUpdate: ({ editor: current }) => {
      const html = current.isEmpty ? '' : current.getHTML();
      emitted.current = html;
      onChange(name, html);
    },
  });

  useEffect(() => {
    if (!editor || editor.isDestroyed || value === emitted.current) return;
    emitted.current = value;
    editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  return (
    <div>
      <RichTextEditor
        editor={editor}
        labels={labels}
        variant="subtle"
        style={error ? { borderColor: 'var(--mantine-color-error)' } : undefined}
      >
        <RichTextEditor.Toolbar>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
            <RichTextEditor.Underline />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.TableInsert maxColumns={8} maxRows={10} />
            <RichTextEditor.TableRowAfter />
            <RichTextEditor.TableColumnAfter />
            <RichTextEditor.TableDelete />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Link />
            <RichTextEditor.Unlink />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
        <RichTextEditor.Content
          style={maxHeight ? { minHeight, maxHeight, overflowY: 'auto' } : { minHeight }}
        />
      </RichTextEditor>
      {error && <Input.Error mt={4}>{error}</Input.Error>}
    </div>
  );
});
