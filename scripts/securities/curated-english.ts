/**
 * The hand-checked English layer: the short forms news uses for US-listed companies (Citi,
 * Goldman, BofA, J&J, AmEx …), names of foreign companies as their New York listing is written in
 * news (Toyota, Sony, Schlumberger), and the few one-word names that are very common words but
 * are used for the company often enough to be matched with finance context (Target, Shell, Gap,
 * Block). Every row was checked by hand against the Nasdaq Trader and SEC lists.
 */
import type { CuratedSecurity } from './curated.ts';

export const CURATED_ENGLISH: CuratedSecurity[] = [
  { id: 'US:C', aliases: ['Citi', 'Citigroup'] },
  { id: 'US:GS', aliases: ['Goldman'] },
  { id: 'US:JPM', aliases: ['J.P. Morgan', 'JP Morgan', 'JPMorgan Chase'] },
  { id: 'US:BAC', aliases: ['BofA'] },
  { id: 'US:JNJ', aliases: ['J&J', 'Johnson & Johnson'] },
  { id: 'US:GM', aliases: ['General Motors'], contextNames: ['GM'] },
  { id: 'US:AXP', aliases: ['AmEx', 'Amex', 'American Express'] },
  { id: 'US:XOM', aliases: ['Exxon'] },
  { id: 'US:PG', aliases: ['P&G', 'Procter & Gamble'] },
  { id: 'US:F', aliases: ['Ford Motor'], contextNames: ['Ford'] },
  { id: 'US:LLY', aliases: ['Eli Lilly'] },
  { id: 'US:TM', aliases: ['Toyota', 'Toyota Motor'] },
  { id: 'US:HMC', aliases: ['Honda', 'Honda Motor'] },
  { id: 'US:SONY', aliases: ['Sony'] },
  { id: 'US:NMR', aliases: ['Nomura'] },
  { id: 'US:PBR', aliases: ['Petrobras'] },
  { id: 'US:TSM', aliases: ['Taiwan Semiconductor'] },
  { id: 'US:BK', aliases: ['BNY Mellon'] },
  { id: 'US:SCHW', aliases: ['Charles Schwab', 'Schwab'] },
  { id: 'US:SPOT', aliases: ['Spotify'] },
  { id: 'US:UBER', aliases: ['Uber'] },
  { id: 'US:WBD', aliases: ['Warner Bros Discovery', 'Warner Bros. Discovery'] },
  { id: 'US:MDLZ', aliases: ['Mondelez'] },
  { id: 'US:VZ', aliases: ['Verizon'] },
  { id: 'US:TMUS', aliases: ['T-Mobile'] },
  { id: 'US:MU', aliases: ['Micron'] },
  { id: 'US:MAR', aliases: ['Marriott'] },
  { id: 'US:H', aliases: ['Hyatt'] },
  { id: 'US:HLT', aliases: ['Hilton'] },
  { id: 'US:REGN', aliases: ['Regeneron'] },
  { id: 'US:SLB', aliases: ['Schlumberger'] },
  { id: 'US:BMY', aliases: ['Bristol Myers Squibb', 'Bristol-Myers Squibb'] },
  { id: 'US:JBLU', aliases: ['JetBlue'] },
  { id: 'US:YUM', aliases: ['Yum Brands', 'Yum! Brands'] },
  { id: 'US:TGT', contextNames: ['Target'] },
  { id: 'US:SHEL', contextNames: ['Shell'] },
  { id: 'US:GAP', contextNames: ['Gap'] },
  { id: 'US:XYZ', contextNames: ['Block'] },
  { id: 'US:DOW', aliases: ['Dow Inc'] },
  { id: 'US:NIO', aliases: ['Nio'] },
];

/** English names that mean one listing first when several carry them (share classes). */
export const ENGLISH_PRIMARY: Record<string, string> = {
  Alphabet: 'US:GOOGL',
  'Berkshire Hathaway': 'US:BRK.B',
  Fox: 'US:FOXA',
  News: 'US:NWSA',
  'Under Armour': 'US:UAA',
  Zillow: 'US:Z',
  'Liberty Global': 'US:LBTYA',
  Paramount: 'US:PARA',
  'Paramount Global': 'US:PARA',
  'Molson Coors Beverage': 'US:TAP',
  Carnival: 'US:CCL',
  'Brown Forman': 'US:BF.B',
  Dow: 'US:.DJI',
  Nasdaq: 'US:.IXIC',
};
