/** Download links to a question's evidence files. */
export function EvidenceLinks({ files, className }: { files: { id: string; fileName: string }[]; className?: string }) {
  return (
    <ul className={className}>
      {files.map((file) => (
        <li key={file.id}>
          <a href={`/api/underlag/${file.id}`} className="text-brand-700 underline">
            {file.fileName}
          </a>
        </li>
      ))}
    </ul>
  );
}
