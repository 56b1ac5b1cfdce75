/** PRIVACY.md as elements (generated at build time into blocks): text only, never HTML. */
import type { Block, Inline } from './about-types.ts';

function Runs({ content }: { content: Inline[] }) {
  return (
    <>
      {content.map((run, i) =>
        run.code ? <code key={i}>{run.text}</code> : run.strong ? <strong key={i}>{run.text}</strong> : run.text,
      )}
    </>
  );
}

/** Headings sit below the options page's own (`h1` the page, `h2` its sections). */
function Heading({ level, content }: { level: number; content: Inline[] }) {
  const runs = <Runs content={content} />;
  if (level <= 1) return <h3>{runs}</h3>;
  if (level === 2) return <h4>{runs}</h4>;
  return <h5>{runs}</h5>;
}

export function PrivacyText({ blocks }: { blocks: readonly Block[] }) {
  return (
    <div class="privacy-text" lang="en">
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </div>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading':
      return <Heading level={block.level} content={block.content} />;
    case 'paragraph':
      return (
        <p>
          <Runs content={block.content} />
        </p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>
              <Runs content={item} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table>
          <thead>
            <tr>
              {block.head.map((cell, i) => (
                <th key={i} scope="col">
                  <Runs content={cell} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>
                    <Runs content={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}
