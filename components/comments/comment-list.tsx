import { ActionForm } from "@/components/questionnaires/action-form";
import type { ReviewCommentView } from "@/lib/data/review-comments";
import { formatDateTime } from "@/lib/format";
import type { FormState } from "@/lib/validation/form-state";

interface CommentListProps {
  comments: ReviewCommentView[];
  remove: (state: FormState, formData: FormData) => Promise<FormState>;
}

/** The municipality's internal comments on an answer; the provider never sees them. */
export function CommentList({ comments, remove }: CommentListProps) {
  if (comments.length === 0) return null;
  return (
    <ul className="space-y-2">
      {comments.map((comment) => (
        <li key={comment.id} className="rounded-md bg-amber-50 p-2 text-sm">
          <p className="text-slate-700">
            <span className="font-medium">{comment.authorName}</span> · {formatDateTime(comment.createdAt)}
          </p>
          <p className="break-words whitespace-pre-wrap">{comment.body}</p>
          {comment.mine ? <ActionForm action={remove} fields={{ commentId: comment.id }} label="Ta bort kommentaren" pendingLabel="Tar bort…" tone="danger" /> : null}
        </li>
      ))}
    </ul>
  );
}
