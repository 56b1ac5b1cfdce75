/** The card's lines about a security's past: the earlier name the page used, and a delisted company's face. */
import type { Security } from '../../src/types.ts';
import { t } from '../i18n.ts';

/** "formerly 小康股份 · now 赛力斯", when the page named the security by a name it had before. */
export function FormerName({ security }: { security: Security }) {
  const now = security.name.zh ?? security.name.en;
  if (!security.formerName || !now) return null;
  return <div class="former-name">{t('cardFormerName', [security.formerName, now])}</div>;
}

/** "Delisted (2009-12-29)": no quote is asked for a company that no longer trades. */
export function DelistedFace({ date }: { date?: string }) {
  const text = date ? t('cardDelistedOn', date) : t('cardDelisted');
  return (
    <div class="face delisted" data-face="delisted">
      <p>{text}</p>
    </div>
  );
}
