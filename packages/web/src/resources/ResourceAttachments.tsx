/**
 * A resource's files: a download link for each (served as a file, never shown inline), and for
 * those who may edit the resource, attaching a file and removing one after a confirmation. The
 * server decides the type from the bytes, so the page shows the type it found, not the name's.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import type { Attachment, ResourceDetail } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { Field } from '../ui/fields.tsx';
import { messageOf, problemsOf } from '../ui/form-problems.ts';
import { useAnnounce } from '../ui/status.tsx';
import { deleteAttachment, resourceKeys, uploadAttachment } from './resources.api.ts';

const KIND_BY_TYPE: [RegExp, string][] = [
  [/pdf/, 'PDF'],
  [/^image\//, 'image'],
  [/wordprocessing|msword|opendocument\.text|rtf/, 'document'],
  [/spreadsheet|ms-excel/, 'spreadsheet'],
  [/presentation|ms-powerpoint/, 'presentation'],
  [/epub/, 'EPUB'],
  [/^text\//, 'text'],
];

export function ResourceAttachments({ resource }: { resource: ResourceDetail }) {
  const { t } = useI18n();
  const r = t.resources;
  return (
    <section aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">{r.attachments}</h2>
      {resource.attachments.length === 0 ? <p>{r.noAttachments}</p> : null}
      {resource.attachments.length > 0 ? (
        <ul className="plain-list attachment-list">
          {resource.attachments.map((attachment) => (
            <AttachmentItem
              key={attachment.id}
              attachment={attachment}
              resourceId={resource.id}
              canRemove={resource.permissions.edit}
            />
          ))}
        </ul>
      ) : null}
      {resource.permissions.edit ? <AttachForm resourceId={resource.id} /> : null}
    </section>
  );
}

function useSize() {
  const { locale } = useI18n();
  return (bytes: number) => {
    const [value, unit] =
      bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [Math.max(bytes / 1024, 0.1), 'kilobyte'];
    return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
  };
}

function AttachmentItem(props: { attachment: Attachment; resourceId: string; canRemove: boolean }) {
  const { attachment, resourceId, canRemove } = props;
  const { t, fill, date } = useI18n();
  const r = t.resources;
  const size = useSize();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => deleteAttachment(attachment.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: resourceKeys.detail(resourceId) });
      announce(fill(r.attachmentRemoved, { name: attachment.fileName }));
    },
  });
  const kind = KIND_BY_TYPE.find(([pattern]) => pattern.test(attachment.contentType))?.[1] ?? '';
  const values = {
    type: r.fileKind[kind as keyof typeof r.fileKind] ?? attachment.contentType,
    size: size(attachment.size),
    date: date(attachment.createdAt),
    uploader: attachment.uploadedBy?.name ?? '',
  };
  return (
    <li className="attachment">
      <p>
        <a href={attachment.downloadUrl} download={attachment.fileName}>
          {attachment.fileName}
        </a>
      </p>
      <p className="hint">
        {fill(attachment.uploadedBy ? r.attachmentMeta : r.attachmentMetaNoUploader, values)}
      </p>
      {canRemove && !confirming ? (
        <button type="button" className="button-quiet" onClick={() => setConfirming(true)}>
          {fill(r.removeAttachment, { name: attachment.fileName })}
        </button>
      ) : null}
      {confirming ? (
        <div className="confirm panel" role="group" aria-labelledby={`remove-${attachment.id}`}>
          <p id={`remove-${attachment.id}`}>
            {fill(r.removeAttachmentConfirm, { name: attachment.fileName })}
          </p>
          {remove.isError ? <ErrorSummary problems={problemsOf(remove.error)} /> : null}
          <p className="form-actions">
            <button
              type="button"
              className="button-danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate()}
            >
              {fill(r.removeAttachment, { name: attachment.fileName })}
            </button>
            <button type="button" className="button-quiet" onClick={() => setConfirming(false)}>
              {t.common.cancel}
            </button>
          </p>
        </div>
      ) : null}
    </li>
  );
}

function AttachForm({ resourceId }: { resourceId: string }) {
  const { t, fill } = useI18n();
  const r = t.resources;
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [missing, setMissing] = useState(false);
  const upload = useMutation({
    mutationFn: (file: File) => uploadAttachment(resourceId, file),
    onSuccess: async (attachment) => {
      if (input.current) input.current.value = '';
      await queryClient.invalidateQueries({ queryKey: resourceKeys.detail(resourceId) });
      announce(fill(r.attached, { name: attachment.fileName }));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    setMissing(!file);
    if (file) upload.mutate(file);
  };
  const error = missing ? r.chooseFileFirst : upload.isError ? messageOf(upload.error) : undefined;
  return (
    <form className="attach-form" onSubmit={submit} noValidate>
      {error ? <ErrorSummary problems={[{ fieldId: 'attachment-file', message: error }]} /> : null}
      <Field id="attachment-file" label={r.attachFile} hint={r.attachFileHint} error={error}>
        {(props) => <input {...props} ref={input} type="file" name="file" />}
      </Field>
      <p className="form-actions">
        <button type="submit" className="button-secondary" disabled={upload.isPending}>
          {upload.isPending ? r.attaching : r.attach}
        </button>
      </p>
    </form>
  );
}
